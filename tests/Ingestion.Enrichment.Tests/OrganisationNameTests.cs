using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// Issue 18's organisation classes: a remit joined by "and" after an institution's "of" or "for", and an acronym
/// before a plural noun. Every example is written for these tests.
/// </summary>
public sealed class OrganisationNameTests
{
    private static ClaimEnrichment Enrich(string sentence) => PlaceTests.EnrichArticle(sentence, sentence);

    [Theory]
    [InlineData("The Ministry of Forests and Wildlife said quotas would fall.", "Ministry of Forests and Wildlife")]
    [InlineData("Analysts at the Institute for Energy and Climate Research expect prices to rise.", "Institute for Energy and Climate Research")]
    [InlineData("The Institute for Labor and Defense Studies published the survey on Monday.", "Institute for Labor and Defense Studies")]
    public void And_after_an_institution_s_of_or_for_continues_its_remit(string sentence, string name)
    {
        var entities = Enrich(sentence).Entities;
        entities.Single(e => e.Type == EntityType.Organization).Text.ShouldBe(name);
        entities.ShouldNotContain(e => e.Type == EntityType.Person);
    }

    [Fact]
    public void And_before_a_name_of_its_own_ends_the_institution()
    {
        var entities = Enrich("The Ministry of Health and Hamas officials gave different figures.").Entities;
        entities.ShouldContain(e => e.Text == "Ministry of Health" && e.Type == EntityType.Organization);
        entities.ShouldContain(e => e.Text == "Hamas");
    }

    [Theory]
    [InlineData("Commuters said KTX Railways had cut two trains a day.", "KTX Railways")]
    [InlineData("DRM Ferries cancelled six sailings on Monday.", "DRM Ferries")]
    public void An_acronym_before_a_plural_noun_is_an_organisation(string sentence, string name)
    {
        Enrich(sentence).Entities.Single(e => e.Text == name).Type.ShouldBe(EntityType.Organization);
    }
}
