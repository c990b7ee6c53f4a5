using System;
using System.Linq;
using Coordination.Domain.Support;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using Xunit;

namespace Coordination.Domain.Tests.Support;

public sealed class EnablingSupportRuleDetailTests : EnglishCulture
{
    private static string[] Codes(EnablingSupport support) =>
        [.. new EnablingSupportValidator().Validate(support).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void Default_recipients_are_reported_missing_not_as_listed_twice()
    {
        var support = ArticleFacts.CoalitionSupport with { Recipients = [default, ArticleFacts.Isf, default] };

        Assert.Equal(["Recipients[0] " + ValidationCodes.General.MissingIdentifier, "Recipients[2] " + ValidationCodes.General.MissingIdentifier], Codes(support).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_repeat_and_the_provider_are_reported_where_they_stand_with_the_actor_named()
    {
        var support = ArticleFacts.CoalitionSupport with
        {
            Recipients = [ArticleFacts.Isf, ArticleFacts.Coalition, ArticleFacts.Isf, ArticleFacts.Coalition, ArticleFacts.Isf],
            Kinds = [SupportKind.Training, SupportKind.Training, SupportKind.Funding, SupportKind.Training],
        };

        var errors = new EnablingSupportValidator().Validate(support).Errors;

        Assert.Equal(
            [
                "Recipients[1] " + ValidationCodes.Support.ProviderIsRecipient,
                "Recipients[2] " + ValidationCodes.Support.DuplicateRecipient,
                "Recipients[3] " + ValidationCodes.Support.ProviderIsRecipient,
                "Recipients[4] " + ValidationCodes.Support.DuplicateRecipient,
                "Kinds[1] " + ValidationCodes.Support.DuplicateKind,
                "Kinds[3] " + ValidationCodes.Support.DuplicateKind,
            ],
            errors.Select(e => $"{e.PropertyName} {e.ErrorCode}"));
        Assert.Equal("'cjtf-oir' is the provider; an actor does not support itself.", errors[0].ErrorMessage);
        Assert.Equal("'isf' is listed twice as a recipient.", errors[1].ErrorMessage);
        Assert.Equal("Training is listed twice.", errors[4].ErrorMessage);
    }
}
