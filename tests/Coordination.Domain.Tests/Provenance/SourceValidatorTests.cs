using System;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using Xunit;

namespace Coordination.Domain.Tests.Provenance;

public sealed class SourceValidatorTests : EnglishCulture
{
    private static SourceValidator Validator => new();

    public static TheoryData<RuleCase<Source>> Rules() => new(RuleCases);

    private static RuleCase<Source>[] RuleCases =>
    [
        new("a default identifier", s => s with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("no publisher", s => s with { Publisher = null! }, "Publisher", ValidationCodes.General.RequiredTextMissing),
        new("an overlong publisher", s => s with { Publisher = new string('p', 257) }, "Publisher", ValidationCodes.General.TextTooLong),
        new("a default publisher actor", s => s with { PublisherActor = default(ActorId) }, "PublisherActor", ValidationCodes.General.MissingIdentifier),
        new("a blank title", s => s with { Title = "\t" }, "Title", ValidationCodes.General.RequiredTextMissing),
        new("an overlong title", s => s with { Title = new string('t', ValidationLimits.MaxTitleLength + 1) }, "Title", ValidationCodes.General.TextTooLong),
        new("a relative URL", s => s with { Url = new Uri("en/?p=62147", UriKind.Relative) }, "Url", ValidationCodes.Sources.InvalidUrl),
        new("an ftp URL", s => s with { Url = new Uri("ftp://esta.krd/article") }, "Url", ValidationCodes.Sources.InvalidUrl),
        new("a file URL", s => s with { Url = new Uri("file:///home/article.html") }, "Url", ValidationCodes.Sources.InvalidUrl),
        new("a default publication date", s => s with { Published = default(ReportedDate) }, "Published", ValidationCodes.General.MissingDate),
        new("a default language", s => s with { Language = default(LanguageTag) }, "Language", ValidationCodes.Sources.DefaultLanguage),
        new("a blank note", s => s with { Note = " " }, "Note", ValidationCodes.General.BlankText),
    ];

    [Fact]
    public void The_Esta_article_is_valid()
    {
        Validator.TestValidate(ArticleFacts.EstaArticle).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void The_message_of_an_overlong_title_gives_the_limit_and_the_length()
    {
        Validator.TestValidate(ArticleFacts.EstaArticle with { Title = new string('t', 1025) })
            .ShouldHaveValidationErrorFor(s => s.Title)
            .WithErrorMessage("'Title' is at most 1024 characters long; this one has 1025.");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Source> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.EstaArticle)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }
}
