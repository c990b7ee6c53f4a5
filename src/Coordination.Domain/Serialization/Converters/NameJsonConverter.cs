using Coordination.Domain.Names;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A <see cref="Name"/> as <c>{ "text": "Makhmour", "kind": "name", "language": "en" }</c>: <c>text</c> is
/// required (at most four times <see cref="Name.MaxLength"/> characters are read before trimming);
/// <c>kind</c> defaults to <c>name</c>; <c>language</c> is omitted when unknown.
/// </summary>
internal sealed class NameJsonConverter() : ObjectJsonConverter<Name, (string? Text, NameKind Kind, LanguageTag? Language)>(
    "a name",
    "One name of something: its text, kind and, when known, language.",
    Required("text", new TextJsonConverter<string>(new("the text of a name", 4 * Name.MaxLength, text => text, text => text, () => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["pattern"] = "\\S",
        ["description"] = $"The name as written; at most {Name.MaxLength} characters once trimmed of white space.",
    })), name => name.Text, (ref s, text) => s.Text = text),
    Optional("kind", new CamelCaseEnumJsonConverter<NameKind>(), name => name.Kind, (ref s, kind) => s.Kind = kind),
    Nullable("language", new LanguageTagJsonConverter(), name => name.Language, (ref s, language) => s.Language = language))
{

    /// <inheritdoc />
    protected override Name Create(in (string? Text, NameKind Kind, LanguageTag? Language) state) => new(state.Text!, state.Kind, state.Language);
}
