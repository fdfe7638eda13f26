namespace Ingestion.Extraction.Tests;

/// <summary>
/// Third pass at furniture inside article containers (issue 18, extraction precision): gallery captions with no
/// caption markup, unlabelled photo credits, long membership pitches, call-to-action buttons, reader prompts in
/// other wordings, closing author bios and press-release footers. Each test is a small page written for the
/// class, with its own invented text.
/// </summary>
public sealed class PrecisionThirdPassTests
{
    private const string One = "The town library reopened on Saturday after an eighteen-month restoration that uncovered the original 1904 skylight above the reading room.";
    private const string Two = "Volunteers carried more than forty thousand books back onto the shelves over three weekends, sorting them by the old card catalogue as they went.";
    private const string Three = "The council said the work came in under budget, and that the savings would pay for longer opening hours on weekday evenings until next spring.";

    private const string Author = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library reopens under its old skylight","author":{"@type":"Person","name":"Nadia Okonjo"}}</script>""";

    private static IReadOnlyList<string> Body(string html) => new ArticleExtractor().Extract(html).Paragraphs;

    // A story whose container holds the given furniture between its second and third paragraphs, or at its end.
    private static string Inside(string furniture, string head = "") =>
        $"<html><head>{head}</head><body><article><p>{One}</p><p>{Two}</p>{furniture}<p>{Three}</p></article></body></html>";

    private static string AtEnd(string furniture, string head = "") =>
        $"<html><head>{head}</head><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p>{furniture}</article></body></html>";

    // ---- Gallery captions: a short line right under an image, with no caption class or figcaption.

    [Fact]
    public void Drops_gallery_captions_under_linked_images()
    {
        var gallery = """
            <p><a href="/media/skylight-large.jpg"><img src="/media/skylight.jpg" alt=""></a></p>
            <p><em>The restored skylight, seen from the gallery</em></p>
            <p><a href="/media/stacks-large.jpg"><img src="/media/stacks.jpg" alt=""></a></p>
            <p><em>New oak stacks by Harwell &amp; Sons</em></p>
            """;
        Body(Inside(gallery)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_a_caption_that_shares_its_block_with_the_image()
    {
        var picture = """<div align="center"><div class="pic"><img src="/media/catalogue.jpg" alt="The old card catalogue"></div><span class="small grey">The old card catalogue, now a display piece</span></div>""";
        Body(Inside(picture)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_story_text_and_subheadings_that_follow_images()
    {
        const string after = "Under the plaster the builders found the skylight's iron frame intact, though most of its glass had been painted over during the war.";
        var html = $"""
            <html><body><article><p>{One}</p><p><img src="/media/frame.jpg" alt=""></p><p>{after}</p>
            <p><img src="/media/hall.jpg" alt=""></p><h2>Longer evenings</h2><p>{Two}</p><p>{Three}</p></article></body></html>
            """;
        Body(html).ShouldBe([One, after, "Longer evenings", Two, Three]);
    }

    [Fact]
    public void Keeps_lines_under_images_that_are_no_captions()
    {
        // A labelled credit is the label rules' to judge; an avatar is no picture; lines split by breaks under a
        // poster are its title block; an image inside a sentence (a formula) comes after the words.
        const string labelled = "(Painter: Ines Varga)";
        const string subtitle = "Notes from a year of reading in public";
        var html = $"""
            <html><body><article><p>{One}</p>
            <p><img src="/media/mural.jpg" alt=""></p><p>{labelled}</p>
            <div class="author"><img src="/media/avatar.jpg" width="48" height="48" alt=""></div><p>{subtitle}</p>
            <p><img src="/media/poster.jpg" alt=""></p><p>Autumn Lecture Series<br>The Skylight and Its Makers</p>
            <p>The dome's curve follows the rule <img src="/media/formula.png" alt=""> for its ribs</p>
            <p>{Two}</p><p>{Three}</p></article></body></html>
            """;
        Body(html).ShouldBe([One, labelled, subtitle, "Autumn Lecture Series", "The Skylight and Its Makers", "The dome's curve follows the rule for its ribs", Two, Three]);
    }

    [Fact]
    public void Keeps_the_speaker_cited_in_a_pull_quote()
    {
        var quote = """<figure class="pullquote"><img src="/media/quote-mark.png" alt=""><blockquote><p>We found the light that the building was made for.</p><cite>Head librarian</cite></blockquote></figure>""";
        Body(Inside(quote)).ShouldContain("Head librarian");
    }

    // ---- Unlabelled photo credits: a source cited under an image, an agency with a photographer's name.

    [Fact]
    public void Drops_a_credit_cited_in_a_figure()
    {
        var figure = """<figure class="media"><img src="/media/reading-room.jpg" alt=""><span class="media__meta"><cite><a href="https://archive.example">Borough Photo Archive</a></cite></span></figure>""";
        Body(Inside(figure)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("<p>AFP/Lena Moravec</p>")]
    [InlineData("<p>Lena Moravec/Reuters</p>")]
    [InlineData("<p>(AP Photo/Lena Moravec)</p>")]
    [InlineData("<p>Shutterstock</p>")]
    [InlineData("<p>Getty Images/iStockphoto</p>")]
    public void Drops_agency_credit_lines(string credit)
    {
        Body(Inside(credit)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_sentence_that_names_an_agency()
    {
        const string sentence = "A photographer from Reuters/Ipsos polling teams was not involved; the library's own archive supplied the old pictures.";
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    // ---- Membership and support pitches that run longer than a short prompt, and their call-to-action buttons.

    [Fact]
    public void Drops_a_long_membership_pitch_and_its_button()
    {
        var pitch = """
            <div class="member-cta"><h4>One more thing</h4><div class="member-cta__body"><p>If this story was useful to you, here is an offer: become a Courier Insider. Insiders read every article without limits, get the weekend print edition at home, browse with fewer ads and join monthly calls with our editors, and they keep independent local reporting going in the valley at a time when newsrooms are closing.</p><a class="button" href="/join"><span>JOIN NOW</span></a></div></div>
            """;
        Body(Inside(pitch)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_a_long_support_appeal_without_a_class()
    {
        const string appeal = "Readers like you keep the Courier going. We have never put our reporting behind a paywall, because we believe everyone in the valley deserves to know what their council is doing, and that costs money: reporters, editors, court fees and photographers. A contribution of any size, once or every month, makes that possible. Please consider supporting our journalism today.";
        Body(AtEnd($"<p>{appeal}</p>")).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_long_paragraph_about_a_fundraising_appeal()
    {
        const string story = "The Friends of the Library raised most of the money themselves. Their appeal, which asked residents for a contribution of any size, brought in about 120,000 pounds from more than two thousand households, and a local brewery matched every donation made in the final month of the campaign, the group's treasurer said.";
        Body(Inside($"<p>{story}</p>")).ShouldBe([One, Two, story, Three]);
    }

    [Theory]
    [InlineData("<p>Learn more</p>")]
    [InlineData("<p><a href=\"/plans\">LEARN MORE »</a></p>")]
    [InlineData("<p>Find out more</p>")]
    [InlineData("<p>Read the full story</p>")]
    [InlineData("<p>Shop now</p>")]
    [InlineData("<p>Get started</p>")]
    public void Drops_call_to_action_lines(string line)
    {
        Body(Inside(line)).ShouldBe([One, Two, Three]);
    }

    // ---- Reader prompts in other wordings.

    [Theory]
    [InlineData("Never miss a story from the valley: get the Courier Morning Brief sent to your inbox.")]
    [InlineData("Want more library news? Sign up here for our free weekly email.")]
    [InlineData("Stay in the know with breaking news alerts from the Courier app.")]
    [InlineData("Hear the full interview on Shelf Life, our books podcast, wherever you get your podcasts.")]
    [InlineData("Read this and more in the Courier app, free for iPhone and Android.")]
    [InlineData("Follow us at Instagram @valleycourier for photos from the reopening.")]
    [InlineData("Related reading: How the skylight was saved")]
    [InlineData("Turn on notifications to get the latest from the council chamber.")]
    public void Drops_reader_prompts_in_new_wordings(string prompt)
    {
        Body(Inside($"<p>{prompt}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Publicidad")]
    [InlineData("Anzeige")]
    [InlineData("Iklan")]
    [InlineData("Publicité")]
    public void Drops_advertisement_labels_in_other_languages(string label)
    {
        Body(Inside($"<p>{label}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Stay in the reading room as long as you like, the librarian told the first visitors, but please do not feed the pigeons on the roof.")]
    [InlineData("The library's new app lets members renew loans and reserve study rooms, and it will get a catalogue search next year.")]
    public void Keeps_sentences_that_use_prompt_words(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    // ---- Bylines and bios.

    [Fact]
    public void Drops_a_byline_with_its_date_and_time()
    {
        Body(Inside("<p>By Nadia Okonjo , Piet Ravel on Tuesday, March 4th, 2025 at 9:40 a.m.</p>")).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_the_authors_name_standing_alone_in_the_body()
    {
        Body(Inside("<p>NADIA OKONJO</p>", Author)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_the_authors_sign_off_at_the_end()
    {
        Body(AtEnd("<p>Nadia</p><p>Nadia Okonjo</p>", Author)).ShouldBe([One, Two, Three, "Nadia", "Nadia Okonjo"]);
    }

    [Theory]
    [InlineData("Nadia Okonjo is Valley Weekly's arts correspondent and spends her weekends in second-hand bookshops.")]
    [InlineData("Nadia Okonjo (@nokonjo) writes about culture and the council for the Courier.")]
    [InlineData("Nadia Okonjo joined the Courier in 2019 after a decade at regional papers.")]
    [InlineData("Nadia Okonjo lives in the valley with two cats and far too many books.")]
    [InlineData("Nadia Okonjo is also the author of a history of the town's mills.")]
    public void Drops_closing_bios_in_more_wordings(string bio)
    {
        Body(AtEnd($"<p>{bio}</p>", Author)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_closing_sentence_that_quotes_the_author_by_name()
    {
        const string last = "Nadia Okonjo, who grew up two streets away, was among the first in the queue.";
        Body(AtEnd($"<p>{last}</p>", Author)).ShouldBe([One, Two, Three, last]);
    }

    // ---- Press-release footers.

    [Fact]
    public void Drops_an_about_section_whose_description_names_the_company_later()
    {
        var about = """
            <p>ABOUT BRIGHTWELL GLAZING</p>
            <p>Founded in 1962 and still family-owned, Brightwell Glazing restores historic glass for churches, libraries and railway stations across the north.</p>
            <p>Media contact: Jo Feld, press@brightwell.example, 0161 555 0192</p>
            """;
        Body(AtEnd(about)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_an_about_the_company_section_and_its_trailer()
    {
        var about = """
            <p>About the company</p>
            <p>Harwell &amp; Sons is a joinery firm that has made fitted furniture for public buildings since 1921.</p>
            <p>SOURCE Harwell &amp; Sons</p>
            """;
        Body(AtEnd(about)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_an_about_heading_that_starts_a_story_section()
    {
        const string section = "The skylight was designed by the borough engineer, who also built the swimming baths, and it was glazed by a firm from the next county.";
        var html = AtEnd($"<p>About the skylight</p><p>{section}</p>");
        Body(html).ShouldBe([One, Two, Three, "About the skylight", section]);
    }

    // ---- Datelines and comment notices of other languages' pages.

    [Theory]
    [InlineData("quinta-feira, 6 de março de 2025 às 11:05")]
    [InlineData("Mittwoch, 5. März 2025, 14:30 Uhr")]
    [InlineData("jeudi 6 mars 2025 à 9h15")]
    [InlineData("martes, 4 de marzo de 2025 a las 18:00")]
    [InlineData("mercoledì 5 marzo 2025, 08:45")]
    [InlineData("12 juni 2025")]
    public void Drops_datelines_in_other_languages(string dateline)
    {
        Body(Inside($"<p>{dateline}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Atenção: comentários ofensivos ou fora do tema não serão publicados pela moderação.")]
    [InlineData("Les commentaires sont modérés avant leur publication.")]
    [InlineData("Kommentare werden vor der Freischaltung von der Redaktion moderiert.")]
    [InlineData("Comments are moderated and may take a day to appear.")]
    [InlineData("Comments that break our community rules will not be approved.")]
    public void Drops_comment_moderation_notices(string notice)
    {
        Body(AtEnd($"<p>{notice}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Am 5. März 2025 stimmte der Rat dem Umbau zu.")]
    [InlineData("The mayor's comments at the reopening were brief, and residents who had been moderated at the last meeting applauded.")]
    public void Keeps_sentences_with_dates_and_comments_in_them(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    // ---- A headline repeated in a script written without spaces; a site's logo line.

    [Fact]
    public void Drops_a_first_paragraph_repeating_a_headline_written_without_spaces()
    {
        const string headline = "图书馆修复工程完工 百年天窗重见天日";
        var html = $"<html><head><title>{headline}_文化_河谷新闻</title></head><body><article><p>{headline}</p><p>{One}</p><p>{Two}</p></article></body></html>";
        Body(html).ShouldBe([One, Two]);
    }

    [Fact]
    public void Drops_the_sites_logo_line()
    {
        var html = $"""<html><body><article><div class="site-logo"><a href="/">Valley Courier. News for the whole valley.</a></div><p>{One}</p><p>{Two}</p><p>{Three}</p></article></body></html>""";
        Body(html).ShouldBe([One, Two, Three]);
    }

    // ---- A writer's closing bio on a page that names no author.

    [Theory]
    [InlineData("Tomasz Wrona is a freelance journalist based in the valley who writes about architecture.")]
    [InlineData("Ruth Adeyemi has been the Courier's books editor since 2016.")]
    public void Drops_a_writers_bio_when_the_page_names_no_author(string bio)
    {
        Body(AtEnd($"<p>{bio}</p>")).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_closing_paragraph_about_someone_who_is_no_writer()
    {
        const string last = "Ruth Adeyemi is a retired teacher who has borrowed a book every week since 1971.";
        Body(AtEnd($"<p>{last}</p>")).ShouldBe([One, Two, Three, last]);
    }

    // ---- Sign-up forms, sign-in buttons, role lines and notices left inside the container.

    [Theory]
    [InlineData("Subscribe to the Courier via email")]
    [InlineData("Sign up for Library Notes")]
    [InlineData("Newsletter sign-up")]
    [InlineData("Log in / Register")]
    [InlineData("Sign in with Google")]
    [InlineData("Join 4,210 other subscribers")]
    [InlineData("Open in the app")]
    [InlineData("Download as PDF")]
    [InlineData("Get breaking news alerts")]
    [InlineData("Contributing Writer")]
    [InlineData("Senior Correspondent")]
    public void Drops_sign_up_buttons_and_role_lines(string line)
    {
        Body(Inside($"<p>{line}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Almost done: check your inbox to confirm your subscription.")]
    [InlineData("We will never sell your address, and you can unsubscribe at any time.")]
    [InlineData("By signing up to Library Notes, you agree to our terms and privacy policy.")]
    [InlineData("I agree that the Valley Courier may email me about its events and offers.")]
    [InlineData("Something went wrong: there was an error processing your sign-up.")]
    [InlineData("Stay curious. Join our weekly newsletter.")]
    [InlineData("Get the three stories that matter most in your inbox each morning.")]
    [InlineData("You are commenting using your Mastodon account.")]
    [InlineData("Descarga nuestra app y lee sin conexión")]
    [InlineData("Recevez chaque matin notre newsletter")]
    public void Drops_sign_up_form_messages(string message)
    {
        Body(Inside($"<p>{message}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("The views expressed in this column are the author's own and not those of the Courier.")]
    [InlineData("Skylight Glass is a registered trademark of Brightwell Glazing Ltd.")]
    [InlineData("This copy is for your personal, non-commercial use only.")]
    public void Drops_disclaimers_and_notices(string notice)
    {
        Body(AtEnd($"<p>{notice}</p>")).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_a_pitch_that_names_a_price()
    {
        const string pitch = "Get unlimited access to every story from the valley, and support our reporters while you are at it. Only £4 a month, cancel whenever you like.";
        Body(AtEnd($"<p>{pitch}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Members who sign up for the reading club before May get a tote bag, the librarian said.")]
    [InlineData("About 300 residents have already registered for a library card online, and 40 more signed up on the first day.")]
    [InlineData("Subscribers to the council's alerts were told about the reopening a week early, and some queued from dawn.")]
    public void Keeps_sentences_about_signing_up(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    // ---- Copyright and credit lines in more forms.

    [Theory]
    [InlineData("<p>© Marta Quill</p>")]
    [InlineData("<p>© 2025 Valley Media Group</p>")]
    [InlineData("<p>Image credit: Borough Photo Archive</p>")]
    [InlineData("<p>The skylight's iron ribs, photographed from the roof. Credit: Marta Quill</p>")]
    [InlineData("<p>Knihovna po rekonstrukci. | Foto: Marta Quill</p>")]
    [InlineData("<p>Courtesy of the Borough Archive</p>")]
    [InlineData("<p>Lena Moravec / AP file</p>")]
    [InlineData("<p>Lena Moravec/EPA via Shutterstock</p>")]
    [InlineData("<p>Volunteers carry boxes of books up the front steps on Sunday (AFP)</p>")]
    [InlineData("<p>The reading room before the work began. (Reuters/Lena Moravec)</p>")]
    [InlineData("<p>A volunteer shelves atlases. (Photo by Lena Moravec/Getty Images for the Borough)</p>")]
    public void Drops_credit_lines_in_more_forms(string credit)
    {
        Body(Inside(credit)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("The glaziers' foreman, who asked for credit only for his crew, said the work was the hardest he had done.")]
    [InlineData("The council thanked the Borough Archive, which lent photographs of the building from 1904 (the originals are on show).")]
    [InlineData("Die Stadt gibt seit Montag einen elektronischen Leseausweis aus (ePA)")]
    public void Keeps_sentences_about_credit_and_photographs(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    // ---- Share, comment, navigation and service lines; reading times; disclosures; cookie banners.

    [Theory]
    [InlineData("Share this on Mastodon")]
    [InlineData("Share this recipe")]
    [InlineData("Share your thoughts with us")]
    [InlineData("Like us on Facebook for more from the valley")]
    [InlineData("Show more comments (12)")]
    [InlineData("Top comments")]
    [InlineData("Be the first to comment")]
    [InlineData("Advertise with the Valley Courier")]
    [InlineData("Reprints & Permissions")]
    [InlineData("Print this story")]
    [InlineData("← Previous story")]
    [InlineData("Next article »")]
    [InlineData("Recommended reading")]
    [InlineData("You might also enjoy…")]
    [InlineData("Most read this week")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Suggest a correction")]
    [InlineData("Embed this video")]
    [InlineData("Email (required)")]
    public void Drops_share_comment_and_navigation_lines(string line)
    {
        Body(Inside($"<p>{line}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Mar 4, 2025 at 8:10 am • 3 min read")]
    [InlineData("6 min read")]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("If you buy a book through the links on this page, the Courier may earn a small share of the sale.")]
    [InlineData("This review may contain affiliate links.")]
    [InlineData("Post was not sent - please check the address!")]
    [InlineData("Your privacy is important to us, so we have changed how we ask for consent.")]
    [InlineData("This website uses cookies to remember your settings.")]
    [InlineData("By continuing to use our site you agree to our use of cookies.")]
    public void Drops_reading_times_disclosures_and_banners(string line)
    {
        Body(Inside($"<p>{line}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Readers shared their memories of the old building, and most read the new plaque by the door before going in.")]
    [InlineData("Two hours ago the last crate of books arrived from the store in the next town, a volunteer said.")]
    [InlineData("The first visitor, who had waited since six, said she would read for a few minutes and then go to work.")]
    public void Keeps_sentences_that_use_navigation_words(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }
}
