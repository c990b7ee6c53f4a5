using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using Xunit;

namespace Coordination.Domain.Tests.Provenance;

public sealed class StatementValidatorTests : EnglishCulture
{
    private static StatementValidator Validator => new();

    public static TheoryData<RuleCase<Statement>> Rules() => new(RuleCases);

    private static RuleCase<Statement>[] RuleCases =>
    [
        new("a default identifier", s => s with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("a default speaker", s => s with { Speaker = default(PersonId) }, "Speaker", ValidationCodes.General.MissingIdentifier),
        new("a default actor", s => s with { OnBehalfOf = default(ActorId) }, "OnBehalfOf", ValidationCodes.General.MissingIdentifier),
        new("a default date", s => s with { Date = default(ReportedDate) }, "Date", ValidationCodes.General.MissingDate),
        new("no quote", s => s with { Quote = null! }, "Quote", ValidationCodes.General.RequiredTextMissing),
        new("an overlong quote", s => s with { Quote = new string('q', ValidationLimits.MaxQuoteLength + 1) }, "Quote", ValidationCodes.General.TextTooLong),
        new("a blank medium", s => s with { Medium = "" }, "Medium", ValidationCodes.General.BlankText),
        new("a blank date as stated", s => s with { DateAsStated = " " }, "DateAsStated", ValidationCodes.General.BlankText),
        new("an overlong date as stated", s => s with { DateAsStated = new string('d', ValidationLimits.MaxLabelLength + 1) }, "DateAsStated", ValidationCodes.General.TextTooLong),
        new("a default source", s => s with { Source = default }, "Source", ValidationCodes.General.MissingIdentifier),
        new("an inference with blank reasoning", s => s with { Inference = new Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
    ];

    [Fact]
    public void Marottos_statement_on_the_four_JCCs_is_valid()
    {
        Validator.TestValidate(ArticleFacts.MarottoOnJccs).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_statement_made_for_an_actor_without_a_named_speaker_is_valid()
    {
        Validator.TestValidate(ArticleFacts.MarottoOnJccs with { Speaker = null, OnBehalfOf = ArticleFacts.MinistryOfPeshmerga }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_statement_by_unnamed_officials_is_valid()
    {
        Validator.TestValidate(ArticleFacts.MarottoOnJccs with { Speaker = null, OnBehalfOf = null, Quote = "triangle of death" }).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Statement> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.MarottoOnJccs)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }
}
