using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Validation;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CoordinationCatalogTests
{
    private static readonly DateRange May2021 = DateRange.OfMonth(new YearMonth(2021, 5));

    [Fact]
    public void IncidentsIn_Kirkuk_finds_the_Prde_attack_in_a_town_below_it()
    {
        var incidents = ArticleFacts.Catalog.IncidentsIn(ArticleFacts.Kirkuk, May2021);

        Assert.Equal(["prde-2021-05-01"], incidents.Select(i => i.Id.ToString()));
        Assert.Equal(3, incidents[0].TotalKilled?.Best);
        Assert.Equal(2, incidents[0].TotalInjured?.Best);
    }

    [Fact]
    public void IncidentsIn_Iraq_reaches_the_Prde_attack_through_every_level_below()
    {
        Assert.Single(ArticleFacts.Catalog.IncidentsIn(ArticleFacts.Iraq, May2021));
    }

    [Fact]
    public void IncidentsIn_leaves_out_other_territories_and_other_dates()
    {
        Assert.Empty(ArticleFacts.Catalog.IncidentsIn(ArticleFacts.Erbil, May2021));
        Assert.Empty(ArticleFacts.Catalog.IncidentsIn(ArticleFacts.Kirkuk, DateRange.OfMonth(new YearMonth(2021, 4))));
        Assert.Empty(ArticleFacts.Catalog.IncidentsIn(TerritoryId.Parse("atlantis"), May2021));
    }

    [Fact]
    public void ControllerOf_Kirkuk_changes_on_16_October_2017()
    {
        var catalog = ArticleFacts.Catalog;

        Assert.Equal(ArticleFacts.Peshmerga, catalog.ControllerOf(ArticleFacts.Kirkuk, ArticleFacts.FallOfKirkuk.PlusDays(-1)));
        Assert.Equal(ArticleFacts.Isf, catalog.ControllerOf(ArticleFacts.Kirkuk, ArticleFacts.FallOfKirkuk));
    }

    [Fact]
    public void The_four_JCCs_along_the_KCL_were_proposed_in_May_2021_while_the_JCCC_had_been_established_since_2015()
    {
        var catalog = ArticleFacts.Catalog;
        var date = new LocalDate(2021, 5, 15);

        var proposed = catalog.MechanismsIn(MechanismStatus.Proposed, date);

        Assert.Equal(["jcc-diyala", "jcc-kirkuk", "jcc-makhmour", "jcc-ninewa"], proposed.Select(m => m.Id.ToString()));
        Assert.All(proposed, m => Assert.Equal(ArticleFacts.Kcl, Assert.Single(m.Area.LineStretches).Line));
        Assert.Equal(["jccc"], catalog.MechanismsIn(MechanismStatus.Established, date).Select(m => m.Id.ToString()));
        Assert.Equal(ArticleFacts.CampZeravani, catalog.FindMechanism(MechanismId.Parse("jccc"))!.Site);
    }

    [Fact]
    public void The_Ministry_of_Peshmerga_keeps_liaison_officers_at_the_JOC_in_Baghdad()
    {
        var liaison = ArticleFacts.Catalog.MechanismsIn(MechanismStatus.Operational, new LocalDate(2021, 5, 15)).Single();

        Assert.Equal(MechanismKind.LiaisonArrangement, liaison.Kind);
        Assert.Equal(ArticleFacts.Baghdad, liaison.Site);
        Assert.Contains(new Participant(ArticleFacts.Joc, ParticipantRole.Host), liaison.Participants);
    }

    [Fact]
    public void The_catalog_of_the_article_validates_clean()
    {
        var result = ArticleFacts.Catalog.Validate();

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Validate_reports_every_problem_at_once_with_its_code_and_path()
    {
        var catalog = ArticleFacts.Catalog
            .With(ArticleFacts.PrdeAttack with { Casualties = [new Casualties(AffectedParty.Of(ArticleFacts.Peshmerga), new CasualtyEstimate(3, 2, 5), CasualtyEstimate.Exactly(2))] })
            .With(ArticleFacts.KurdishCoordinationLine with { SideB = ArticleFacts.Peshmerga })
            .With(ArticleFacts.Jccc with { Participants = [new Participant(ActorId.Parse("ghost"), ParticipantRole.Party), new Participant(ArticleFacts.Isf, ParticipantRole.Party)] });

        var failures = catalog.Validate().Errors.Select(e => (e.ErrorCode, e.PropertyName)).ToList();

        Assert.Equal(
            [
                (ValidationCodes.Lines.SameActorOnBothSides, "Lines[0].SideB"),
                (ValidationCodes.Incidents.UnorderedEstimate, "Incidents[0].Casualties[0].Killed"),
                (ValidationCodes.Catalog.UnknownActor, "Mechanisms[0].Participants[0].Actor"),
            ],
            failures);
    }

    [Fact]
    public async Task ValidateAsync_reports_what_Validate_reports()
    {
        var catalog = ArticleFacts.Catalog.With(ArticleFacts.PrdeAttack with { Sources = [] });

        var result = await catalog.ValidateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(catalog.Validate().Errors.Select(e => e.ErrorCode), result.Errors.Select(e => e.ErrorCode));
        Assert.Equal(ValidationCodes.Citations.NoSource, Assert.Single(result.Errors).ErrorCode);
    }
}
