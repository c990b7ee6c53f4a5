using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Territories;

public sealed class TerritoryValidatorTests : EnglishCulture
{
    private static TerritoryValidator Validator => new();

    public static TheoryData<RuleCase<Territory>> Rules() => new(RuleCases);

    private static RuleCase<Territory>[] RuleCases =>
    [
        new("a default identifier", t => t with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("an undefined kind", t => t with { Kind = (TerritoryKind)8 }, "Kind", ValidationCodes.General.UndefinedEnumValue),
        new("no names", t => t with { Names = null! }, "Names", ValidationCodes.General.NullValue),
        new("a default parent", t => t with { Parent = default(TerritoryId) }, "Parent", ValidationCodes.General.MissingIdentifier),
        new("itself as parent", t => t with { Parent = ArticleFacts.Kirkuk }, "Parent", ValidationCodes.Territories.SelfParent),
        new("a lower-case ISO code", t => t with { IsoCode = "iq-ki" }, "IsoCode", ValidationCodes.Territories.InvalidIsoCode),
        new("an ISO code with a trailing newline", t => t with { IsoCode = "IQ-KI\n" }, "IsoCode", ValidationCodes.Territories.InvalidIsoCode),
        new("an alpha-3 country code", t => t with { IsoCode = "IRQ" }, "IsoCode", ValidationCodes.Territories.InvalidIsoCode),
        new("a country code on a governorate", t => t with { IsoCode = "IQ" }, "IsoCode", ValidationCodes.Territories.IsoCodeDoesNotFitKind),
        new("a subdivision code on a country", t => t with { Kind = TerritoryKind.Country, Parent = null }, "IsoCode", ValidationCodes.Territories.IsoCodeDoesNotFitKind),
        new("a P-code in lower case", t => t with { PCode = "iqg13" }, "PCode", ValidationCodes.Territories.InvalidPCode),
        new("a P-code without its country", t => t with { PCode = "G13" }, "PCode", ValidationCodes.Territories.InvalidPCode),
        new("a null claim", t => t with { Claims = t.Claims.Add(null!) }, "Claims[2]", ValidationCodes.General.NullValue),
        new("a claim by a default actor", t => t with { Claims = [t.Claims[0] with { Claimant = default }] }, "Claims[0].Claimant", ValidationCodes.General.MissingIdentifier),
        new("a claim on a blank basis", t => t with { Claims = [t.Claims[0] with { Basis = "" }] }, "Claims[0].Basis", ValidationCodes.General.BlankText),
        new("one actor claiming it twice at once", t => t with { Claims = t.Claims.Add(t.Claims[1] with { Period = DatePeriod.From(new LocalDate(2005, 10, 15)) }) }, "Claims[2].Period", ValidationCodes.Territories.OverlappingClaims),
        new("a null control period", t => t with { ControlPeriods = t.ControlPeriods.Insert(0, null!) }, "ControlPeriods[0]", ValidationCodes.General.NullValue),
        new("control by a default actor", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Controller = default }] }, "ControlPeriods[0].Controller", ValidationCodes.General.MissingIdentifier),
        new("the ISF taking control before the Peshmerga left", t => t with { ControlPeriods = [t.ControlPeriods[0], t.ControlPeriods[1] with { Period = DatePeriod.From(new LocalDate(2017, 10, 1)) }] }, "ControlPeriods[1].Period", ValidationCodes.Territories.OverlappingControlPeriods),
        new("a control period citing a source twice", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }] }, "ControlPeriods[0].Sources[1]", ValidationCodes.Citations.DuplicateSource),
        new("no source", t => t with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
        new("a null membership", t => t with { Memberships = [null!] }, "Memberships[0]", ValidationCodes.General.NullValue),
        new("a membership of a default region", t => t with { Memberships = [Membership(default)] }, "Memberships[0].Region", ValidationCodes.General.MissingIdentifier),
        new("a membership of an undefined kind", t => t with { Memberships = [Membership(ArticleFacts.Iraq) with { Kind = (MembershipKind)7 }] }, "Memberships[0].Kind", ValidationCodes.General.UndefinedEnumValue),
        new("a membership of itself", t => t with { Memberships = [Membership(ArticleFacts.Kirkuk)] }, "Memberships[0].Region", ValidationCodes.Territories.SelfMembership),
        new("one region twice at once", t => t with { Memberships = [Membership(DisputedTerritories), Membership(DisputedTerritories) with { Kind = MembershipKind.PartlyWithin, Period = DatePeriod.From(new LocalDate(2005, 10, 15)) }] }, "Memberships[1].Period", ValidationCodes.Territories.OverlappingMemberships),
        new("an inferred membership from no source", t => t with { Memberships = [Membership(DisputedTerritories) with { Inference = new() { Reasoning = "The district lies south of Erbil." } }] }, "Memberships[0].Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("a null former designation", t => t with { FormerDesignations = [null!] }, "FormerDesignations[0]", ValidationCodes.General.NullValue),
        new("an empty former designation", t => t with { FormerDesignations = [new FormerDesignation { Period = DatePeriod.Until(new LocalDate(2006, 1, 1)) }] }, "FormerDesignations[0]", ValidationCodes.Territories.EmptyFormerDesignation),
        new("a former ISO code in lower case", t => t with { FormerDesignations = [new FormerDesignation { IsoCode = "iq-ts" }] }, "FormerDesignations[0].IsoCode", ValidationCodes.Territories.InvalidIsoCode),
        new("a former P-code without its country", t => t with { FormerDesignations = [new FormerDesignation { PCode = "G13" }] }, "FormerDesignations[0].PCode", ValidationCodes.Territories.InvalidPCode),
        new("a part named for control of the whole", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Part = "Kirkuk city" }, t.ControlPeriods[1]] }, "ControlPeriods[0].Part", ValidationCodes.Territories.PartNamedForWholeControl),
        new("an undefined extent", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Extent = (ControlExtent)5 }, t.ControlPeriods[1]] }, "ControlPeriods[0].Extent", ValidationCodes.General.UndefinedEnumValue),
        new("a blank part", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Extent = ControlExtent.Part, Part = " " }, t.ControlPeriods[1]] }, "ControlPeriods[0].Part", ValidationCodes.General.BlankText),
        new("an inferred claim from no source", t => t with { Claims = [t.Claims[0] with { Inference = new() { Reasoning = "Implied." } }] }, "Claims[0].Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("an inferred control period from no source", t => t with { ControlPeriods = [t.ControlPeriods[0] with { Inference = new() { Reasoning = "Implied." } }, t.ControlPeriods[1]] }, "ControlPeriods[0].Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("an inferred territory from no source", t => t with { Inference = new() { Reasoning = "Implied." } }, "Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
    ];

    private static readonly TerritoryId DisputedTerritories = TerritoryId.Parse("disputed-territories");

    private static TerritoryMembership Membership(TerritoryId region) => new() { Region = region, Kind = MembershipKind.Member, Sources = [ArticleFacts.Esta] };

    [Fact]
    public void Control_of_parts_may_overlap_each_other_and_the_whole_and_memberships_and_former_designations_are_valid()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;
        var inCity = new ControlPeriod { Controller = ArticleFacts.Isf, Period = DatePeriod.From(ArticleFacts.FallOfKirkuk), Extent = ControlExtent.Part, Part = "Kirkuk city" };
        var territory = kirkuk with
        {
            ControlPeriods = [.. kirkuk.ControlPeriods, inCity, inCity with { Controller = ArticleFacts.Peshmerga, Part = null }],
            Memberships = [Membership(DisputedTerritories), Membership(ArticleFacts.Diyala) with { Kind = MembershipKind.PartlyWithin }],
            FormerDesignations = [new FormerDesignation { IsoCode = "IQ-TS", Period = DatePeriod.Until(new LocalDate(2006, 1, 1)) }, new FormerDesignation { Name = new Domain.Names.Name("At-Ta'mim") }],
            Inference = new() { Reasoning = "Stated by the article.", From = [ArticleFacts.Esta] },
        };

        Validator.TestValidate(territory).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Kirkuk_governorate_with_its_claims_and_control_periods_is_valid()
    {
        Validator.TestValidate(ArticleFacts.KirkukGovernorate).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Territory> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.KirkukGovernorate)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Theory]
    [InlineData(TerritoryKind.Country, "IQ")]
    [InlineData(TerritoryKind.FederalRegion, "IQ-KR")]
    [InlineData(TerritoryKind.Governorate, "IQ-AR")]
    [InlineData(TerritoryKind.Governorate, "IQ-DA")]
    public void Iso_codes_of_the_right_form_for_the_kind_are_valid(TerritoryKind kind, string code)
    {
        var territory = ArticleFacts.Territory(ArticleFacts.Erbil, kind, "Erbil", isoCode: code);

        Validator.TestValidate(territory).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("IQG13")]
    [InlineData("IQG13Q03")]
    [InlineData("IQG13Q03N01")]
    public void P_codes_of_governorates_districts_and_sub_districts_are_valid(string code)
    {
        Validator.TestValidate(ArticleFacts.KirkukGovernorate with { PCode = code }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Every_overlapping_control_period_is_reported_not_only_the_first()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;
        var territory = kirkuk with { ControlPeriods = [.. kirkuk.ControlPeriods, kirkuk.ControlPeriods[0], kirkuk.ControlPeriods[1]] };

        var result = Validator.TestValidate(territory);

        result.ShouldHaveValidationErrorFor("ControlPeriods[2].Period").WithErrorCode(ValidationCodes.Territories.OverlappingControlPeriods);
        result.ShouldHaveValidationErrorFor("ControlPeriods[3].Period").WithErrorCode(ValidationCodes.Territories.OverlappingControlPeriods);
        Assert.Equal(2, result.Errors.Count);
    }
}
