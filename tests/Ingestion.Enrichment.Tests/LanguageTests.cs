namespace Ingestion.Enrichment.Tests;

public sealed class LanguageTests
{
    // Sentences written for these tests, different from the profile samples the detector is built from.
    [Theory]
    [InlineData("en", "The mayor promised that the new bridge over the river would be finished before the winter.")]
    [InlineData("de", "Der Bürgermeister versprach, dass die neue Brücke über den Fluss noch vor dem Winter fertig wird.")]
    [InlineData("fr", "Le maire a promis que le nouveau pont sur la rivière serait terminé avant l'hiver.")]
    [InlineData("es", "El alcalde prometió que el nuevo puente sobre el río estaría terminado antes del invierno.")]
    [InlineData("it", "Il sindaco ha promesso che il nuovo ponte sul fiume sarà finito prima dell'inverno.")]
    [InlineData("pt", "O prefeito prometeu que a nova ponte sobre o rio ficaria pronta antes do inverno.")]
    [InlineData("nl", "De burgemeester beloofde dat de nieuwe brug over de rivier voor de winter klaar zou zijn.")]
    [InlineData("cs", "Starosta slíbil, že nový most přes řeku bude hotový ještě před zimou.")]
    [InlineData("pl", "Burmistrz obiecał, że nowy most na rzece zostanie ukończony przed zimą.")]
    [InlineData("tr", "Belediye başkanı, nehir üzerindeki yeni köprünün kıştan önce biteceğini söyledi.")]
    [InlineData("ru", "Мэр пообещал, что новый мост через реку будет готов до начала зимы.")]
    [InlineData("ar", "وعد رئيس البلدية بأن الجسر الجديد فوق النهر سيكتمل قبل الشتاء.")]
    [InlineData("zh", "市长承诺，河上的新桥将在冬天之前完工。")]
    [InlineData("ja", "市長は、川に架かる新しい橋が冬までに完成すると約束した。")]
    public void Detects_the_language_of_a_sentence(string expected, string text)
    {
        LanguageDetector.Instance.Detect(text).ShouldBe(expected);
    }

    [Fact]
    public void Too_little_text_is_undetermined()
    {
        LanguageDetector.Instance.Detect("OK, 42.").ShouldBeNull();
    }

    [Fact]
    public void Profiles_cover_the_required_languages()
    {
        LanguageDetector.Instance.ProfiledLanguages.ShouldBeSubsetOf(["en", "de", "fr", "es", "it", "pt", "nl", "cs", "pl", "tr", "sv", "ro", "id"]);
        LanguageDetector.Instance.ProfiledLanguages.Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Non_English_articles_get_no_entities_but_keep_safe_times_and_quantities()
    {
        var enricher = new Enricher();
        const string Text = "Die Regierung in Berlin hat am 2017-09-12 mitgeteilt, dass die Preise um 4,5 % gestiegen sind und 2016 stabil waren.";
        var context = enricher.BuildContext(Text, null);
        context.Language.ShouldBe("de");
        var result = enricher.Enrich(Text, 0, context);
        result.Entities.ShouldBeEmpty();
        result.Places.ShouldBeEmpty();
        result.Times.Select(t => t.Value).ShouldBe(["2017-09-12", "2016"]);
    }
    [Fact]
    public void A_clear_start_decides_without_reading_on()
    {
        // The start is plainly English; what follows it is not read.
        var english = string.Concat(Enumerable.Repeat("The mayor promised that the new bridge over the river would be finished before the winter. ", 8));
        var german = string.Concat(Enumerable.Repeat("Der Bürgermeister versprach, dass die neue Brücke über den Fluss noch vor dem Winter fertig wird. ", 4));
        english.Length.ShouldBeGreaterThan(500);
        LanguageDetector.Instance.Detect(english + german).ShouldBe("en");
    }

    [Fact]
    public void An_unclear_start_reads_the_longer_sample()
    {
        // A start of figures has too few letters to decide (read alone, it is undetermined): the German prose
        // after it, within the longer sample, decides.
        var figures = string.Concat(Enumerable.Repeat("2017: 12.5 / 14.3 / 16.8 (+3.1 %) – 2018: 9.4 / 11.0 / 13.2 (−1.2 %) | ", 8));
        var german = string.Concat(Enumerable.Repeat("Der Bürgermeister versprach, dass die neue Brücke über den Fluss noch vor dem Winter fertig wird. ", 8));
        figures.Length.ShouldBeGreaterThan(500);
        LanguageDetector.Instance.Detect(figures[..500]).ShouldBeNull();
        LanguageDetector.Instance.Detect(figures + german).ShouldBe("de");
    }

    [Fact]
    public void A_start_quoting_English_titles_is_still_read_by_its_own_language()
    {
        // "The", "of" and "the" are function words of English alone, but a few in a French start are far
        // from the share that calls a start English without the profiles.
        const string French = "Le festival « The Voice of the People » a ouvert ses portes samedi à Lyon, où des milliers de spectateurs "
            + "sont venus écouter les groupes de la région. Les organisateurs ont annoncé que la prochaine édition aura lieu "
            + "au printemps, avec une scène de plus et des concerts gratuits pour les étudiants de la ville et des environs.";
        French.Length.ShouldBeGreaterThan(300);
        LanguageDetector.Instance.Detect(French).ShouldBe("fr");
    }
}
