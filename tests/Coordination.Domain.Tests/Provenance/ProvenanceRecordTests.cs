using System;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Provenance;

public sealed class ProvenanceRecordTests
{
    private static readonly Inference Stated = new() { Reasoning = "Read from the article.", From = [ArticleFacts.Esta] };

    private static RecordOrigin FullOrigin() => new()
    {
        DataSet = "ACLED",
        Release = "2024-01",
        EventId = "IRQ12345",
        IsEventIdDerived = false,
        UpdatedAt = Instant.FromUnixTimeSeconds(1642521600),
        Fields = [new OriginField("event_id_cnty", "IRQ12345"), new OriginField("Actor1", "Peshmerga"), new OriginField("actor1", "second of the name")],
    };

    private static Source FullSource() => new()
    {
        Id = ArticleFacts.Esta,
        Publisher = "ESTA",
        PublisherActor = ArticleFacts.Coalition,
        Title = "Joint coordination",
        Url = new Uri("https://example.org/article"),
        Published = ReportedDate.InMonth(new YearMonth(2021, 12)),
        Language = LanguageTag.English,
        Note = "The seed article.",
    };

    private static Statement FullStatement() => new()
    {
        Id = StatementId.Parse("a-statement"),
        Speaker = Speaker.OfficialsOf(ArticleFacts.Peshmerga),
        OnBehalfOf = ArticleFacts.MinistryOfPeshmerga,
        Date = ReportedDate.OnDay(new LocalDate(2021, 12, 9)),
        DateAsStated = "on Thursday",
        Quote = "We coordinate.",
        IsParaphrase = true,
        Medium = "press conference",
        Source = ArticleFacts.Esta,
        Inference = Stated,
    };

    [Fact]
    public void Origin_equality_sees_every_member_and_default_fields_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullOrigin()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullOrigin()));
    }

    [Fact]
    public void Inference_source_and_statement_equality_see_every_member()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(Stated));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(Stated));
        Assert.Empty(RecordContracts.EqualityBreaches(FullSource()));
        Assert.Empty(RecordContracts.EqualityBreaches(FullStatement()));
    }

    [Fact]
    public void FieldValue_gives_the_first_field_of_the_name_ignoring_case_or_null()
    {
        var origin = FullOrigin();

        Assert.Equal("Peshmerga", origin.FieldValue("actor1"));
        Assert.Equal("IRQ12345", origin.FieldValue("EVENT_ID_CNTY"));
        Assert.Null(origin.FieldValue("actor2"));
        Assert.Null(new RecordOrigin { DataSet = "ACLED", EventId = "IRQ1" }.FieldValue("actor1"));
        Assert.Equal("column", Assert.Throws<ArgumentNullException>(() => origin.FieldValue(null!)).ParamName);
    }

    [Fact]
    public void A_field_keeps_its_column_and_value_and_default_reads_as_empty_text()
    {
        var field = new OriginField("notes", "  two\nlines ");

        Assert.Equal(("notes", "  two\nlines "), (field.Column, field.Value));
        Assert.Equal("notes=  two\nlines ", field.ToString());
        Assert.Equal((string.Empty, string.Empty), (default(OriginField).Column, default(OriginField).Value));
        Assert.Equal(new OriginField("notes", "x"), new OriginField("notes", "x"));
        Assert.NotEqual(new OriginField("notes", "x"), new OriginField("Notes", "x"));
        Assert.NotEqual(new OriginField("notes", "x"), new OriginField("notes", "y"));
    }

    public static TheoryData<string, Func<RecordOrigin, RecordOrigin>, string, string> OriginRules() => new()
    {
        { "a blank data set", o => o with { DataSet = " " }, "DataSet", ValidationCodes.Origins.BlankDataSet },
        { "a null data set", o => o with { DataSet = null! }, "DataSet", ValidationCodes.Origins.BlankDataSet },
        { "an empty event id", o => o with { EventId = "" }, "EventId", ValidationCodes.Origins.BlankEventId },
        { "a field without a column", o => o with { Fields = [new OriginField("a", "1"), new OriginField("\t", "2")] }, "Fields[1]", ValidationCodes.Origins.BlankFieldColumn },
        { "a default field", o => o with { Fields = [default] }, "Fields[0]", ValidationCodes.Origins.BlankFieldColumn },
    };

    [Theory]
    [MemberData(nameof(OriginRules))]
    public void Each_origin_rule_reports_its_code_at_its_path_and_nothing_else(string what, Func<RecordOrigin, RecordOrigin> breakIt, string path, string code)
    {
        var result = new RecordOriginValidator().TestValidate(breakIt(FullOrigin()));

        var error = Assert.Single(result.Errors);
        Assert.Equal((path, code), (error.PropertyName, error.ErrorCode));
        Assert.Contains(path.Split('[')[0] is "Fields" ? "names no column" : "is required", error.ErrorMessage, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void An_origin_with_empty_values_and_odd_characters_is_valid_since_values_are_kept_as_read()
    {
        var origin = FullOrigin() with { Fields = [new OriginField("notes", ""), new OriginField("location", "a\u0001b\nc")] };

        new RecordOriginValidator().TestValidate(origin).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void An_inference_names_a_source_once_and_reasons_in_words()
    {
        static string[] Codes(Inference inference) => [.. new InferenceValidator().Validate(inference).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

        Assert.Empty(Codes(Stated));
        Assert.Equal(["From " + ValidationCodes.Citations.InferenceWithoutSource], Codes(Stated with { From = [] }));
        Assert.Equal(["From[1] " + ValidationCodes.Citations.DuplicateSource], Codes(Stated with { From = [ArticleFacts.Esta, ArticleFacts.Esta] }));
        Assert.Equal(["Reasoning " + ValidationCodes.General.RequiredTextMissing], Codes(Stated with { Reasoning = "" }));
        Assert.Equal(["Reasoning " + ValidationCodes.General.TextTooLong], Codes(Stated with { Reasoning = new string('r', ValidationLimits.MaxDescriptionLength + 1) }));
    }

    [Fact]
    public void A_statement_may_be_spoken_by_an_institution_or_its_officials()
    {
        var statement = FullStatement() with { Inference = null };

        Assert.Empty(new StatementValidator().Validate(statement with { Speaker = Speaker.Institution(ArticleFacts.Peshmerga) }).Errors);
        Assert.Empty(new StatementValidator().Validate(statement with { Speaker = Speaker.OfficialsOf(ArticleFacts.Peshmerga) }).Errors);
        Assert.Empty(new StatementValidator().Validate(statement with { Speaker = Speaker.OfPerson(PersonId.Parse("wayne-marotto")) }).Errors);
        Assert.Equal("Speaker", Assert.Single(new StatementValidator().Validate(statement with { Speaker = default(Speaker) }).Errors).PropertyName);
    }

    [Fact]
    public void A_speaker_refuses_a_default_identifier_and_prints_whom_it_names()
    {
        Assert.Contains("may not", Assert.Throws<ArgumentException>(() => Speaker.OfPerson(default)).Message, StringComparison.Ordinal);
        Assert.Equal("person", Assert.Throws<ArgumentException>(() => Speaker.OfPerson(default)).ParamName);
        Assert.Contains("may not", Assert.Throws<ArgumentException>(() => Speaker.Institution(default)).Message, StringComparison.Ordinal);
        Assert.Equal("actor", Assert.Throws<ArgumentException>(() => Speaker.OfficialsOf(default)).ParamName);

        Assert.Equal("peshmerga", Speaker.Institution(ArticleFacts.Peshmerga).ToString());
        Assert.Equal("officials of peshmerga", Speaker.OfficialsOf(ArticleFacts.Peshmerga).ToString());
        Assert.Equal("wayne-marotto", Speaker.OfPerson(PersonId.Parse("wayne-marotto")).ToString());
        Assert.Equal(string.Empty, default(Speaker).ToString());
    }
}
