using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Territories;

/// <summary>The territory validator's rules across items (overlaps, a membership of itself): each offending item reported once, where it stands, with what it overlaps.</summary>
public sealed class TerritoryCrossItemRuleTests : EnglishCulture
{
    private static readonly TerritoryId DisputedTerritories = TerritoryId.Parse("disputed-territories");

    private static TerritoryValidator Validator => new();

    private static TerritoryMembership Membership(TerritoryId region, DatePeriod period) =>
        new() { Region = region, Kind = MembershipKind.Member, Period = period, Sources = [ArticleFacts.Esta] };

    private static (string Path, string Code, string Message)[] Errors(Territory territory) =>
        [.. Validator.TestValidate(territory).Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage))];

    [Fact]
    public void Control_overlapping_two_earlier_periods_is_reported_once_against_the_first_it_overlaps()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;
        var territory = kirkuk with { ControlPeriods = [.. kirkuk.ControlPeriods, new ControlPeriod { Controller = ArticleFacts.Krg, Period = DatePeriod.Between(new LocalDate(2017, 1, 1), new LocalDate(2018, 1, 1)) }] };

        Assert.Equal(
            [("ControlPeriods[2].Period", ValidationCodes.Territories.OverlappingControlPeriods, $"Control of 'kirkuk' by 'krg' over {territory.ControlPeriods[2].Period} overlaps control by 'peshmerga' over {kirkuk.ControlPeriods[0].Period} (ControlPeriods[0]).")],
            Errors(territory));
    }

    [Fact]
    public void A_membership_of_itself_and_one_overlapping_two_earlier_are_each_reported_once()
    {
        var territory = ArticleFacts.KirkukGovernorate with
        {
            Memberships =
            [
                Membership(DisputedTerritories, DatePeriod.Until(new LocalDate(2010, 1, 1))),
                Membership(DisputedTerritories, DatePeriod.From(new LocalDate(2012, 1, 1))),
                Membership(DisputedTerritories, DatePeriod.Always),
                Membership(ArticleFacts.Kirkuk, DatePeriod.Always),
            ],
        };

        Assert.Equal(
            [
                ("Memberships[2].Period", ValidationCodes.Territories.OverlappingMemberships, $"'kirkuk' belongs to 'disputed-territories' over {DatePeriod.Always}, overlapping its membership over {territory.Memberships[0].Period} (Memberships[0])."),
                ("Memberships[3].Region", ValidationCodes.Territories.SelfMembership, "'kirkuk' names itself as a region it belongs to."),
            ],
            Errors(territory));
    }

    [Fact]
    public void A_claim_overlapping_two_earlier_claims_of_its_claimant_is_reported_once()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;
        var krg = kirkuk.Claims[1];
        var territory = kirkuk with
        {
            Claims =
            [
                kirkuk.Claims[0],
                krg with { Period = DatePeriod.Until(new LocalDate(2010, 1, 1)) },
                krg with { Period = DatePeriod.From(new LocalDate(2012, 1, 1)) },
                krg,
            ],
        };

        Assert.Equal(
            [("Claims[3].Period", ValidationCodes.Territories.OverlappingClaims, $"'krg' claims 'kirkuk' over {krg.Period}, overlapping its claim over {territory.Claims[1].Period} (Claims[1]).")],
            Errors(territory));
    }

    [Fact]
    public void A_territory_without_codes_is_valid_and_an_iso_code_of_the_wrong_form_is_not_also_judged_against_its_kind()
    {
        Validator.TestValidate(ArticleFacts.KirkukGovernorate with { IsoCode = null, PCode = null }).ShouldNotHaveAnyValidationErrors();

        var country = ArticleFacts.KirkukGovernorate with { Kind = TerritoryKind.Country, Parent = null, IsoCode = "IRQ" };
        Assert.Equal(
            [("IsoCode", ValidationCodes.Territories.InvalidIsoCode, "'IsoCode' is 'IRQ', which is neither an ISO 3166-1 alpha-2 code (IQ) nor an ISO 3166-2 code (IQ-KI).")],
            Errors(country));
        Assert.Equal(
            [("IsoCode", ValidationCodes.Territories.IsoCodeDoesNotFitKind, "'IsoCode' is 'IQ', which does not fit a territory of kind Governorate: a country has an ISO 3166-1 alpha-2 code (IQ), anything below it an ISO 3166-2 code (IQ-KI).")],
            Errors(ArticleFacts.KirkukGovernorate with { IsoCode = "IQ" }));
    }

    [Fact]
    public void Former_designations_claims_and_memberships_check_their_own_text_kinds_and_sources()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;
        var territory = kirkuk with
        {
            FormerDesignations = [new FormerDesignation { Name = new Domain.Names.Name("At-Ta'mim\u0007"), Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }],
            Claims = [kirkuk.Claims[0] with { Basis = new string('b', ValidationLimits.MaxLabelLength + 1) }, kirkuk.Claims[1]],
            Memberships = [Membership(DisputedTerritories, DatePeriod.Always) with { Kind = (MembershipKind)9 }],
        };

        Assert.Equal(
            [
                ("FormerDesignations[0].Name.Text", ValidationCodes.General.ControlCharacter),
                ("FormerDesignations[0].Sources[1]", ValidationCodes.Citations.DuplicateSource),
                ("Claims[0].Basis", ValidationCodes.General.TextTooLong),
                ("Memberships[0].Kind", ValidationCodes.General.UndefinedEnumValue),
            ],
            Errors(territory).Select(e => (e.Path, e.Code)).OrderBy(e => e.Path.StartsWith('F') ? 0 : e.Path.StartsWith('C') ? 1 : 2));
    }
}
