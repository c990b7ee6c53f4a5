using Coordination.Domain.Geography;
using Coordination.Domain.Lines;
using Coordination.Domain.Provenance;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using System.Linq;
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
        new("a source cited twice", l => l with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }, "Sources[1]", ValidationCodes.Citations.DuplicateSource),
        new("a description one character too long", l => l with { Description = new string('d', ValidationLimits.MaxDescriptionLength + 1) }, "Description", ValidationCodes.General.TextTooLong),
        new("an inference with blank reasoning", l => l with { Inference = new Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
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

    [Fact]
    public void Two_default_sides_are_reported_as_missing_not_as_one_actor_on_both_sides()
    {
        var result = Validator.TestValidate(ArticleFacts.KurdishCoordinationLine with { SideA = default, SideB = default });

        Assert.Equal(
            ["SideA " + ValidationCodes.General.MissingIdentifier, "SideB " + ValidationCodes.General.MissingIdentifier],
            result.Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}").Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_description_of_the_longest_length_over_several_lines_and_a_stated_inference_are_valid()
    {
        var line = ArticleFacts.KurdishCoordinationLine with
        {
            Description = "first line\n" + new string('d', ValidationLimits.MaxDescriptionLength - 11),
            Inference = new Inference { Reasoning = "Traced from the 2017 front lines.", From = [ArticleFacts.Esta] },
        };

        Validator.TestValidate(line).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_null_line_is_reported_not_thrown()
    {
        var result = Validator.Validate(new FluentValidation.ValidationContext<CoordinationLine>(null!));

        Assert.Equal(ValidationCodes.General.NullValue, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void The_same_actor_message_names_the_actor()
    {
        var error = Assert.Single(Validator.Validate(ArticleFacts.KurdishCoordinationLine with { SideB = ArticleFacts.Peshmerga }).Errors);

        Assert.Contains("'peshmerga'", error.ErrorMessage, System.StringComparison.Ordinal);
        Assert.Contains("two actors", error.ErrorMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_single_point_message_says_what_to_give_instead()
    {
        var error = Assert.Single(Validator.Validate(ArticleFacts.KurdishCoordinationLine with { Points = [new GeoPoint(35.75, 44.14)] }).Errors);

        Assert.Contains("one point", error.ErrorMessage, System.StringComparison.Ordinal);
        Assert.Contains("at least two", error.ErrorMessage, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<CoordinationLine> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.KurdishCoordinationLine)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }
}
