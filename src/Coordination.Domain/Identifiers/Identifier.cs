using System;

namespace Coordination.Domain.Identifiers;

/// <summary>Shared parsing and error helpers for the identifier types.</summary>
internal static class Identifier
{
    internal static string ParseSlug(string text, string typeName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problem = Slug.Describe(text);
        if (problem is not null)
        {
            throw new FormatException($"Argument 'text' is not a valid {typeName}: {problem}.");
        }

        return text;
    }

    internal static bool TryParseSlug(string? text) => text is not null && Slug.Describe(text) is null;

    internal static InvalidOperationException DefaultHasNoValue(string typeName) =>
        new($"This {typeName} is the default value, which identifies nothing; create identifiers with {typeName}.Parse.");
}
