using Coordination.Domain.Provenance;
using Coordination.Domain.Finance;
using Coordination.Domain.Support;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using Xunit;

namespace Coordination.Domain.Tests.Support;

public sealed class EnablingSupportValidatorTests : EnglishCulture
{
    private static EnablingSupportValidator Validator => new();

    public static TheoryData<RuleCase<EnablingSupport>> Rules() => new(RuleCases);

    private static RuleCase<EnablingSupport>[] RuleCases =>
    [
        new("a default identifier", s => s with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("a default provider", s => s with { Provider = default }, "Provider", ValidationCodes.General.MissingIdentifier),
        new("a default recipient", s => s with { Recipients = s.Recipients.Add(default) }, "Recipients[2]", ValidationCodes.General.MissingIdentifier),
        new("the Coalition supporting itself", s => s with { Recipients = s.Recipients.Add(ArticleFacts.Coalition) }, "Recipients[2]", ValidationCodes.Support.ProviderIsRecipient),
        new("the ISF listed twice", s => s with { Recipients = s.Recipients.Add(ArticleFacts.Isf) }, "Recipients[2]", ValidationCodes.Support.DuplicateRecipient),
        new("no kind of support", s => s with { Kinds = [] }, "Kinds", ValidationCodes.Support.NoKind),
        new("an undefined kind", s => s with { Kinds = [(SupportKind)8] }, "Kinds[0]", ValidationCodes.General.UndefinedEnumValue),
        new("intelligence listed twice", s => s with { Kinds = s.Kinds.Add(SupportKind.Intelligence) }, "Kinds[5]", ValidationCodes.Support.DuplicateKind),
        new("an amount without a currency", s => s with { Amount = default(Money) }, "Amount", ValidationCodes.Support.AmountWithoutCurrency),
        new("an overlong description", s => s with { Description = new string('x', 5000) }, "Description", ValidationCodes.General.TextTooLong),
        new("no source", s => s with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
        new("an inference with blank reasoning", s => s with { Inference = new Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
    ];

    [Fact]
    public void The_Coalitions_enabling_support_and_its_5_billion_dollars_are_valid()
    {
        var support = ArticleFacts.CoalitionSupport with
        {
            Kinds = [.. ArticleFacts.CoalitionSupport.Kinds, SupportKind.Equipment, SupportKind.Training, SupportKind.Funding],
            Amount = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan),
        };

        Validator.TestValidate(support).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<EnablingSupport> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.CoalitionSupport)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }
}
