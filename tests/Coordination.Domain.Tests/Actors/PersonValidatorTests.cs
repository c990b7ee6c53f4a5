using Coordination.Domain.Provenance;
using Coordination.Domain.Actors;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Actors;

public sealed class PersonValidatorTests : EnglishCulture
{
    private static PersonValidator Validator => new();

    public static TheoryData<RuleCase<Person>> Rules() => new(RuleCases);

    private static RuleCase<Person>[] RuleCases =>
    [
        new("a default identifier", p => p with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("no names", p => p with { Names = null! }, "Names", ValidationCodes.General.NullValue),
        new("a blank honorific", p => p with { Honorific = string.Empty }, "Honorific", ValidationCodes.General.BlankText),
        new("an overlong honorific", p => p with { Honorific = new string('x', ValidationLimits.MaxLabelLength + 1) }, "Honorific", ValidationCodes.General.TextTooLong),
        new("a null post", p => p with { Posts = [null!] }, "Posts[0]", ValidationCodes.General.NullValue),
        new("a post in a default actor", p => p with { Posts = [p.Posts[0] with { Actor = default }] }, "Posts[0].Actor", ValidationCodes.General.MissingIdentifier),
        new("a post without a title", p => p with { Posts = [p.Posts[0] with { Title = "  " }] }, "Posts[0].Title", ValidationCodes.General.RequiredTextMissing),
        new("a post with an overlong title", p => p with { Posts = [p.Posts[0] with { Title = new string('x', 257) }] }, "Posts[0].Title", ValidationCodes.General.TextTooLong),
        new("the same post twice at once", p => p with { Posts = [p.Posts[0], p.Posts[0] with { Title = "spokesperson", Period = DatePeriod.From(new LocalDate(2021, 1, 1)) }] }, "Posts[1].Period", ValidationCodes.People.OverlappingPosts),
        new("no source", p => p with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
        new("an inference with blank reasoning", p => p with { Inference = new Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
    ];

    [Fact]
    public void Col_Wayne_Marotto_spokesperson_of_CJTF_OIR_is_valid()
    {
        Validator.TestValidate(ArticleFacts.Marotto).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Person> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.Marotto)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Fact]
    public void Two_posts_in_one_actor_under_different_titles_are_valid()
    {
        var person = ArticleFacts.Marotto with { Posts = [.. ArticleFacts.Marotto.Posts, new Post { Actor = ArticleFacts.Coalition, Title = "Director of Public Affairs" }] };

        Validator.TestValidate(person).ShouldNotHaveAnyValidationErrors();
    }
}
