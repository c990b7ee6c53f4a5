using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Tests.Reference;

public sealed class ArticleFactChecklistTests
{
    /// <summary>The catalog under test: the one embedded in the package.</summary>
    public static Func<CoordinationCatalog> LoadCatalog { get; } = ReferenceCatalog.Load;

    private static readonly Lazy<CoordinationCatalog> Reference = new(() => LoadCatalog());

    public static TheoryData<string> FactIds => [.. ArticleFactChecklist.Facts.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FactIds))]
    public void Every_fact_of_the_article_is_in_the_reference_catalog(string id)
    {
        var fact = ArticleFactChecklist.Get(id);
        Assert.True(fact.IsIn(Reference.Value), $"The reference catalog lacks the article's fact '{id}': {fact.Sentence}");
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void No_fact_is_found_in_an_empty_catalog(string id)
    {
        Assert.False(ArticleFactChecklist.Get(id).IsIn(CoordinationCatalog.Empty));
    }

    [Fact]
    public void Fact_identifiers_are_unique_slugs()
    {
        var ids = ArticleFactChecklist.Facts.Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(Slug.IsValid(id), id));
    }

    [Fact]
    public void Removing_the_Prde_attack_loses_its_facts_and_only_those()
    {
        var catalog = Reference.Value;
        var without = new CoordinationCatalog
        {
            Actors = catalog.Actors, People = catalog.People, Territories = catalog.Territories, Lines = catalog.Lines, Mechanisms = catalog.Mechanisms,
            Incidents = [.. catalog.Incidents.Where(i => i.Id != IncidentId.Parse("prde-attack-2021-05-01"))],
            Support = catalog.Support, Sources = catalog.Sources, Statements = catalog.Statements,
        };

        var lost = ArticleFactChecklist.Facts.Where(f => !f.IsIn(without)).Select(f => f.Id).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["prde-attack-by-isis-on-peshmerga", "prde-attack-early-hours-of-saturday", "prde-attack-near-prde-south-of-erbil", "prde-attack-three-killed-two-injured"],
            lost);
    }

    [Fact]
    public void A_fourth_Peshmerga_death_breaks_the_casualty_fact()
    {
        var catalog = Reference.Value;
        var prde = catalog.FindIncident(IncidentId.Parse("prde-attack-2021-05-01"))!;
        var changed = catalog.With(prde with
        {
            Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("peshmerga")), CasualtyEstimate.Exactly(4), CasualtyEstimate.Exactly(2))],
        });

        Assert.False(ArticleFactChecklist.Get("prde-attack-three-killed-two-injured").IsIn(changed));
        Assert.True(ArticleFactChecklist.Get("prde-attack-by-isis-on-peshmerga").IsIn(changed));
    }

    [Fact]
    public void Dating_the_JCCC_to_2016_breaks_the_2015_fact()
    {
        var catalog = Reference.Value;
        var jccc = catalog.FindMechanism(MechanismId.Parse("jccc"))!;
        var changed = catalog.With(jccc with
        {
            StatusHistory = [.. jccc.StatusHistory.Select(s => s.Status == MechanismStatus.Established ? s with { Date = Coordination.Domain.Temporal.ReportedDate.InYear(2016) } : s)],
        });

        Assert.False(ArticleFactChecklist.Get("jccc-established-in-2015").IsIn(changed));
    }

    [Fact]
    public void Dropping_the_Makhmour_JCC_breaks_the_four_JCC_facts()
    {
        var catalog = Reference.Value;
        var changed = new CoordinationCatalog
        {
            Actors = catalog.Actors, People = catalog.People, Territories = catalog.Territories, Lines = catalog.Lines,
            Mechanisms = [.. catalog.Mechanisms.Where(m => m.Id != MechanismId.Parse("jcc-makhmour"))],
            Incidents = catalog.Incidents, Support = catalog.Support, Sources = catalog.Sources, Statements = catalog.Statements,
        };

        Assert.False(ArticleFactChecklist.Get("four-jccs-along-the-kcl-in-diyala-kirkuk-makhmour-and-ninewa").IsIn(changed));
        Assert.False(ArticleFactChecklist.Get("coalition-supports-jccs-between-iraqi-and-kurdish-forces").IsIn(changed));
    }

    [Fact]
    public void A_quote_changed_by_one_character_is_not_found()
    {
        var catalog = Reference.Value;
        var quote = catalog.FindStatement(StatementId.Parse("marotto-welcomed-guests"))!;
        var changed = catalog.With(quote with { Quote = quote.Quote.Replace("Kurd’s", "Kurds", StringComparison.Ordinal) });

        Assert.False(ArticleFactChecklist.Get("marotto-quote-welcomed-guests").IsIn(changed));
    }

    [Fact]
    public void A_fact_tied_to_another_source_is_not_taken_for_the_article()
    {
        var catalog = Reference.Value;
        var prde = catalog.FindIncident(IncidentId.Parse("prde-attack-2021-05-01"))!;
        var changed = catalog.With(prde with { Sources = [SourceId.Parse("research-notes")] });

        Assert.False(ArticleFactChecklist.Get("prde-attack-three-killed-two-injured").IsIn(changed));
    }
}
