using Coordination.Domain.Geography;
using Coordination.Domain.Lines;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using Xunit;

namespace Coordination.Domain.Tests.Lines;

public sealed class CoordinationLineValidatorTests : EnglishCulture
{
    private static CoordinationLineValidator Validator => new();

    public static TheoryData<RuleCase<CoordinationLine>> Rules() => new(RuleCases);

    private static RuleCase<CoordinationLine>[] RuleCases =>
    [
        new("a default identifier", l => l with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("no names", l => l with { Names = null! }, "Names", ValidationCodes.General.NullValue),
        new("a default first side", l => l with { SideA = default }, "SideA", ValidationCodes.General.MissingIdentifier),
        new("a default other side", l => l with { SideB = default }, "SideB", ValidationCodes.General.MissingIdentifier),
        new("the Peshmerga on both sides", l => l with { SideB = ArticleFacts.Peshmerga }, "SideB", ValidationCodes.Lines.SameActorOnBothSides),
        new("a trace of one point", l => l with { Points = [new GeoPoint(35.75, 44.14)] }, "Points", ValidationCodes.Lines.SinglePointTrace),
        new("a blank description", l => l with { Description = "\n" }, "Description", ValidationCodes.General.BlankText),
        new("no source", l => l with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
    ];

    [Fact]
    public void The_Kurdish_Coordination_Line_between_the_Peshmerga_and_the_ISF_is_valid()
    {
        Validator.TestValidate(ArticleFacts.KurdishCoordinationLine).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_trace_of_two_points_or_none_is_valid()
    {
        var line = ArticleFacts.KurdishCoordinationLine;

        Validator.TestValidate(line with { Points = [new GeoPoint(35.77556, 43.57944), new GeoPoint(35.7533, 44.1436)] }).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(line with { Points = [] }).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<CoordinationLine> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.KurdishCoordinationLine)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }
}
