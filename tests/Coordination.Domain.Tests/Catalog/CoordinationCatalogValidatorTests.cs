using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CoordinationCatalogValidatorTests : EnglishCulture
{
    private static CoordinationCatalogValidator Validator => new();
    private static readonly Inference Nowhere = new() { Reasoning = "Follows from the map.", From = [SourceId.Parse("nowhere")] };

    private static readonly ActorId Ghost = ActorId.Parse("ghost");

    /// <summary>An Esta report published on 30 April 2021, the day before the Prde attack.</summary>
    private static Source EarlierReport => ArticleFacts.EstaArticle with { Id = SourceId.Parse("esta-earlier"), Published = ReportedDate.OnDay(new LocalDate(2021, 4, 30)) };

    public static TheoryData<RuleCase<CoordinationCatalog>> Rules() => new(RuleCases);

    private static RuleCase<CoordinationCatalog>[] RuleCases =>
    [
        new("a null record", c => new CoordinationCatalog { Actors = c.Actors.Add(null!), Sources = c.Sources }, "Actors[8]", ValidationCodes.General.NullValue),
        new("two actors named peshmerga", c => Add(c, ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga")), "Actors[8].Id", ValidationCodes.Catalog.DuplicateIdentifier),
        new("a relation to an unknown actor", c => c.With(ArticleFacts.Actor(ArticleFacts.Isf, ActorKind.ArmedForce, "ISF") with { Relations = [new ActorRelation { Kind = ActorRelationKind.PartOf, Target = Ghost }] }), "Actors[4].Relations[0].Target", ValidationCodes.Catalog.UnknownActor),
        new("a post in an unknown actor", c => c.With(ArticleFacts.Marotto with { Posts = [new Post { Actor = Ghost, Title = "Spokesperson" }] }), "People[0].Posts[0].Actor", ValidationCodes.Catalog.UnknownActor),
        new("an unknown claimant", c => c.With(ArticleFacts.KirkukGovernorate with { Claims = [new TerritorialClaim { Claimant = Ghost }] }), "Territories[2].Claims[0].Claimant", ValidationCodes.Catalog.UnknownActor),
        new("an unknown controller", c => c.With(ArticleFacts.KirkukGovernorate with { ControlPeriods = [ArticleFacts.KirkukGovernorate.ControlPeriods[0], ArticleFacts.KirkukGovernorate.ControlPeriods[1] with { Controller = Ghost }] }), "Territories[2].ControlPeriods[1].Controller", ValidationCodes.Catalog.UnknownActor),
        new("an unknown side of the KCL", c => c.With(ArticleFacts.KurdishCoordinationLine with { SideB = Ghost }), "Lines[0].SideB", ValidationCodes.Catalog.UnknownActor),
        new("an unknown participant", c => c.With(ArticleFacts.Jccc with { Participants = ArticleFacts.Jccc.Participants.Add(new Participant(Ghost, ParticipantRole.Supporter)) }), "Mechanisms[0].Participants[3].Actor", ValidationCodes.Catalog.UnknownActor),
        new("an unknown perpetrator", c => c.With(ArticleFacts.PrdeAttack with { Perpetrators = [new Perpetrator(Ghost, Attribution.Suspected)] }), "Incidents[0].Perpetrators[0].Actor", ValidationCodes.Catalog.UnknownActor),
        new("an unknown target", c => c.With(ArticleFacts.PrdeAttack with { Targets = [AffectedParty.Of(Ghost)] }), "Incidents[0].Targets[0].Actor", ValidationCodes.Catalog.UnknownActor),
        new("casualties of an unknown party", c => c.With(ArticleFacts.PrdeAttack with { Casualties = [ArticleFacts.PrdeAttack.Casualties[0] with { Party = AffectedParty.Of(Ghost) }] }), "Incidents[0].Casualties[0].Party.Actor", ValidationCodes.Catalog.UnknownActor),
        new("an unknown provider", c => c.With(ArticleFacts.CoalitionSupport with { Provider = Ghost }), "Support[0].Provider", ValidationCodes.Catalog.UnknownActor),
        new("an unknown recipient", c => c.With(ArticleFacts.CoalitionSupport with { Recipients = [Ghost] }), "Support[0].Recipients[0]", ValidationCodes.Catalog.UnknownActor),
        new("an unknown publisher actor", c => c.With(ArticleFacts.EstaArticle with { PublisherActor = Ghost }), "Sources[0].PublisherActor", ValidationCodes.Catalog.UnknownActor),
        new("an unknown actor a statement speaks for", c => c.With(ArticleFacts.MarottoOnJccs with { OnBehalfOf = Ghost }), "Statements[0].OnBehalfOf", ValidationCodes.Catalog.UnknownActor),
        new("an unknown speaker", c => c.With(ArticleFacts.MarottoOnJccs with { Speaker = PersonId.Parse("nobody") }), "Statements[0].Speaker.Person", ValidationCodes.Catalog.UnknownPerson),
        new("an unknown institution as speaker", c => c.With(ArticleFacts.MarottoOnJccs with { Speaker = Speaker.Institution(ActorId.Parse("nobody")) }), "Statements[0].Speaker.Actor", ValidationCodes.Catalog.UnknownActor),
        new("officials of an unknown actor as speaker", c => c.With(ArticleFacts.MarottoOnJccs with { Speaker = Speaker.OfficialsOf(ActorId.Parse("nobody")) }), "Statements[0].Speaker.Actor", ValidationCodes.Catalog.UnknownActor),
        new("an inferred actor from an unknown source", c => c.With(ArticleFacts.Actor(ArticleFacts.Isf, ActorKind.ArmedForce, "ISF") with { Inference = new Inference { Reasoning = "Follows from the map.", From = [SourceId.Parse("nowhere")] } }), "Actors[4].Inference.From[0]", ValidationCodes.Catalog.UnknownSource),
        new("an inferred status change from an unknown source", c => c.With(ArticleFacts.Jccc with { StatusHistory = [ArticleFacts.Jccc.StatusHistory[0] with { Inference = Nowhere }] }), "Mechanisms[0].StatusHistory[0].Inference.From[0]", ValidationCodes.Catalog.UnknownSource),
        new("an attestation from an unknown source", c => c.With(ArticleFacts.Jccc with { Attestations = [new StatusAttestation { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2021), Sources = [SourceId.Parse("rumour")] }] }), "Mechanisms[0].Attestations[0].Sources[0]", ValidationCodes.Catalog.UnknownSource),
        new("an inferred claim from an unknown source", c => c.With(ArticleFacts.KirkukGovernorate with { Claims = [ArticleFacts.KirkukGovernorate.Claims[0] with { Inference = Nowhere }, .. ArticleFacts.KirkukGovernorate.Claims[1..]] }), "Territories[2].Claims[0].Inference.From[0]", ValidationCodes.Catalog.UnknownSource),
        new("an inferred membership from an unknown source", c => c.With(ArticleFacts.KirkukGovernorate with { Memberships = [new TerritoryMembership { Region = ArticleFacts.Iraq, Kind = MembershipKind.Member, Inference = Nowhere }] }), "Territories[2].Memberships[0].Inference.From[0]", ValidationCodes.Catalog.UnknownSource),
        new("an inferred post from an unknown source", c => c.With(ArticleFacts.Marotto with { Posts = [ArticleFacts.Marotto.Posts[0] with { Inference = Nowhere }] }), "People[0].Posts[0].Inference.From[0]", ValidationCodes.Catalog.UnknownSource),
        new("reported totals from an unknown source", c => c.With(ArticleFacts.PrdeAttack with { ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(3), Sources = [SourceId.Parse("nowhere")] } }), "Incidents[0].ReportedTotals.Sources[0]", ValidationCodes.Catalog.UnknownSource),
        new("an unknown parent", c => c.With(ArticleFacts.KirkukGovernorate with { Parent = TerritoryId.Parse("atlantis") }), "Territories[2].Parent", ValidationCodes.Catalog.UnknownTerritory),
        new("an unknown site", c => c.With(ArticleFacts.Jccc with { Site = TerritoryId.Parse("atlantis") }), "Mechanisms[0].Site", ValidationCodes.Catalog.UnknownTerritory),
        new("an unknown territory of an area", c => c.With(ArticleFacts.Jccc with { Area = new AreaOfResponsibility { Territories = [TerritoryId.Parse("atlantis")] } }), "Mechanisms[0].Area.Territories[0]", ValidationCodes.Catalog.UnknownTerritory),
        new("a stretch within an unknown territory", c => c.With(ArticleFacts.Jccc with { Area = new AreaOfResponsibility { LineStretches = [new LineStretch(ArticleFacts.Kcl, TerritoryId.Parse("atlantis"))] } }), "Mechanisms[0].Area.LineStretches[0].Within", ValidationCodes.Catalog.UnknownTerritory),
        new("an incident in an unknown territory", c => c.With(ArticleFacts.PrdeAttack with { Location = ArticleFacts.PrdeAttack.Location with { Territory = TerritoryId.Parse("atlantis") } }), "Incidents[0].Location.Territory", ValidationCodes.Catalog.UnknownTerritory),
        new("a stretch of an unknown line", c => c.With(ArticleFacts.Jccc with { Area = new AreaOfResponsibility { LineStretches = [new LineStretch(CoordinationLineId.Parse("green-line"))] } }), "Mechanisms[0].Area.LineStretches[0].Line", ValidationCodes.Catalog.UnknownLine),
        new("an unknown source of an actor", c => c.With(ArticleFacts.Actor(ArticleFacts.Isf, ActorKind.ArmedForce, "ISF") with { Sources = [SourceId.Parse("rumour")] }), "Actors[4].Sources[0]", ValidationCodes.Catalog.UnknownSource),
        new("an unknown source of a status change", c => c.With(ArticleFacts.Jccc with { StatusHistory = [ArticleFacts.Jccc.StatusHistory[0] with { Sources = [SourceId.Parse("rumour")] }] }), "Mechanisms[0].StatusHistory[0].Sources[0]", ValidationCodes.Catalog.UnknownSource),
        new("an unknown source of a statement", c => c.With(ArticleFacts.MarottoOnJccs with { Source = SourceId.Parse("rumour") }), "Statements[0].Source", ValidationCodes.Catalog.UnknownSource),
        new("Prde attacked the day after the report of it", c => c.With(EarlierReport).With(ArticleFacts.PrdeAttack with { Sources = [EarlierReport.Id] }), "Incidents[0].Date", ValidationCodes.Catalog.FactAfterSource),
        new("the ISF in control of Kirkuk from after the report", c => c.With(EarlierReport).With(ArticleFacts.KirkukGovernorate with { ControlPeriods = [ArticleFacts.KirkukGovernorate.ControlPeriods[0], new ControlPeriod { Controller = ArticleFacts.Isf, Period = DatePeriod.From(new LocalDate(2021, 5, 1)), Sources = [EarlierReport.Id] }] }), "Territories[2].ControlPeriods[1].Period", ValidationCodes.Catalog.FactAfterSource),
        new("a status change resting on its mechanism's earlier source", c => c.With(EarlierReport).With(ArticleFacts.ProposedJcc("kirkuk", "Kirkuk", ArticleFacts.Kirkuk) with { Sources = [EarlierReport.Id] }), "Mechanisms[2].StatusHistory[0].Date", ValidationCodes.Catalog.FactAfterSource),
        new("Prde attacked not before the day after the report of it", c => c.With(EarlierReport).With(ArticleFacts.PrdeAttack with { Date = ReportedDate.NotBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 1))), Sources = [EarlierReport.Id] }), "Incidents[0].Date", ValidationCodes.Catalog.FactAfterSource),
        new("a statement made after its source appeared", c => c.With(EarlierReport).With(ArticleFacts.MarottoOnJccs with { Date = ReportedDate.OnDay(new LocalDate(2021, 5, 2)), Source = EarlierReport.Id }), "Statements[0].Date", ValidationCodes.Catalog.FactAfterSource),
        new("the Peshmerga members of CJTF-OIR before it was formed", c => c.With(ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga") with { Relations = [new ActorRelation { Kind = ActorRelationKind.MemberOf, Target = ArticleFacts.Coalition, Period = DatePeriod.From(new LocalDate(2014, 6, 10)) }] }), "Actors[3].Relations[0].Period", ValidationCodes.Catalog.RelationOutsideExistence),
        new("a spokesperson of CJTF-OIR until before it was formed", c => c.With(ArticleFacts.Marotto with { Posts = [new Post { Actor = ArticleFacts.Coalition, Title = "Spokesperson", Period = DatePeriod.Until(new LocalDate(2014, 1, 1)) }] }), "People[0].Posts[0].Period", ValidationCodes.Catalog.PostOutsideExistence),
    ];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_cross_record_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<CoordinationCatalog> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.Catalog)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Fact]
    public void A_cycle_of_parents_is_reported_on_every_territory_of_the_cycle_and_on_no_other()
    {
        var catalog = ArticleFacts.Catalog
            .With(ArticleFacts.Territory(ArticleFacts.Iraq, TerritoryKind.Country, "Iraq", ArticleFacts.Makhmour, "IQ"))
            .With(ArticleFacts.Territory(ArticleFacts.Ninewa, TerritoryKind.Governorate, "Ninewa", ArticleFacts.Iraq, "IQ-NI"));

        var result = Validator.TestValidate(catalog);

        Assert.Equal(
            ["Territories[0].Parent", "Territories[4].Parent", "Territories[5].Parent"],
            result.Errors.Where(e => e.ErrorCode == ValidationCodes.Catalog.ParentCycle).Select(e => e.PropertyName).Order());
        result.ShouldHaveValidationErrorFor("Territories[0].Parent")
            .WithErrorMessage("The parents of 'iraq' lead back to it: iraq → makhmour → ninewa → iraq.");
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Looking_up_territories_below_one_on_a_cycle_still_ends()
    {
        var catalog = ArticleFacts.Catalog.With(ArticleFacts.Territory(ArticleFacts.Iraq, TerritoryKind.Country, "Iraq", ArticleFacts.Prde, "IQ"));

        // iraq → prde → kirkuk → iraq: below Kirkuk lies, through the cycle, every territory of the catalog, each once.
        Assert.Equal(catalog.Territories.Select(t => t.Id).Order(), catalog.SelfAndDescendants(ArticleFacts.Kirkuk).Order());
        Assert.Single(catalog.IncidentsIn(ArticleFacts.Iraq, DateRange.OfYear(2021)));
    }

    [Fact]
    public void A_fact_on_or_before_a_day_after_its_source_or_resting_on_a_source_published_not_before_a_day_is_not_reported()
    {
        var onOrBefore = ArticleFacts.Catalog.With(EarlierReport)
            .With(ArticleFacts.PrdeAttack with { Date = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 1))), Sources = [EarlierReport.Id] });
        var notBefore = ArticleFacts.Catalog.With(EarlierReport with { Published = ReportedDate.NotBefore(ReportedDate.OnDay(new LocalDate(2021, 4, 30))) })
            .With(ArticleFacts.PrdeAttack with { Sources = [EarlierReport.Id] });

        Validator.TestValidate(onOrBefore).ShouldNotHaveValidationErrorFor("Incidents[0].Date");
        Validator.TestValidate(notBefore).ShouldNotHaveValidationErrorFor("Incidents[0].Date");
    }

    [Fact]
    public void Incidents_in_a_range_follow_a_one_sided_date()
    {
        var before = ArticleFacts.Catalog.With(ArticleFacts.PrdeAttack with { Date = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 1))) });
        var after = ArticleFacts.Catalog.With(ArticleFacts.PrdeAttack with { Date = ReportedDate.NotBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 1))) });

        Assert.Single(before.IncidentsIn(ArticleFacts.Kirkuk, DateRange.OfYear(2019)));
        Assert.Empty(before.IncidentsIn(ArticleFacts.Kirkuk, DateRange.OfYear(2022)));
        Assert.Empty(after.IncidentsIn(ArticleFacts.Kirkuk, DateRange.OfYear(2019)));
        Assert.Single(after.IncidentsIn(ArticleFacts.Kirkuk, DateRange.OfYear(2022)));
    }

    [Fact]
    public void A_fact_within_the_day_its_source_appeared_is_not_after_it()
    {
        var sameDay = EarlierReport with { Published = ReportedDate.OnDay(new LocalDate(2021, 5, 1)) };
        var catalog = ArticleFacts.Catalog.With(sameDay).With(ArticleFacts.PrdeAttack with { Sources = [sameDay.Id] });

        Validator.TestValidate(catalog).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_relation_with_unknown_dates_is_not_outside_an_existence()
    {
        var catalog = ArticleFacts.Catalog.With(ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga") with
        {
            Relations = [new ActorRelation { Kind = ActorRelationKind.LiaisonTo, Target = ArticleFacts.Coalition }],
        });

        Validator.TestValidate(catalog).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_null_catalog_is_reported_not_thrown()
    {
        var result = Validator.Validate((CoordinationCatalog)null!);

        Assert.Equal(ValidationCodes.General.NullValue, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Record_problems_carry_the_path_of_the_record_in_the_catalog()
    {
        var catalog = ArticleFacts.Catalog.With(ArticleFacts.KirkukGovernorate with
        {
            ControlPeriods = [.. ArticleFacts.KirkukGovernorate.ControlPeriods, new ControlPeriod { Controller = ArticleFacts.Isis, Period = DatePeriod.Between(new LocalDate(2014, 6, 10), new LocalDate(2017, 10, 20)) }],
        });

        Validator.TestValidate(catalog).ShouldHaveValidationErrorFor("Territories[2].ControlPeriods[2].Period")
            .WithErrorCode(ValidationCodes.Territories.OverlappingControlPeriods).Only();
    }

    private static CoordinationCatalog Add(CoordinationCatalog catalog, Actor actor) =>
        new()
        {
            Actors = catalog.Actors.Add(actor), People = catalog.People, Territories = catalog.Territories, Lines = catalog.Lines, Mechanisms = catalog.Mechanisms,
            Incidents = catalog.Incidents, Support = catalog.Support, Sources = catalog.Sources, Statements = catalog.Statements,
        };
}
