using System;
using System.Text;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// One row of the table of hostile documents: the bytes, and what reading them must do — return a
/// catalog, or throw a <see cref="System.Text.Json.JsonException"/> naming <see cref="Path"/> with a message
/// containing <see cref="Message"/>.
/// </summary>
public sealed record HostileDocument(string Case, byte[] Utf8, string? Path, string Message)
{
    /// <summary>A small valid document; cases are built by replacing parts of it.</summary>
    public static readonly string Valid = """
        {"schemaVersion":"1.0","actors":[{"id":"isis","kind":"nonStateArmedGroup","names":{"primary":{"text":"ISIS"}},"sources":["a"]}],
        "territories":[{"id":"prde","kind":"town","names":{"primary":{"text":"Prde"}},"point":{"latitude":35.7533,"longitude":44.1436},
        "controlPeriods":[{"controller":"isis","period":{"start":"2014-06-12","end":"2017-10-16"}}]}],
        "incidents":[{"id":"prde","kind":"armedClash","date":{"start":"2021-05-01","end":"2021-05-01","precision":"day"},"location":{"precision":"nearNamedPlace"},
        "perpetrators":[{"actor":"isis","attribution":"attributed"}],
        "casualties":[{"party":{"kind":"civilians"},"killed":{"low":3,"best":3,"high":3},"injured":{"low":0,"best":0,"high":0}}]}],
        "support":[{"id":"s","provider":"isis","amount":{"amount":"5000000000","currency":"USD","qualifier":"moreThan"}}]}
        """.ReplaceLineEndings(string.Empty);

    public bool Accepted => Path is null;

    /// <summary>A case made by replacing the first occurrence of <paramref name="find"/> in <see cref="Valid"/>.</summary>
    public static HostileDocument Replace(string @case, string find, string replacement, string? path, string message)
    {
        var at = Valid.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{find}' is not in the valid document.", nameof(find));
        }

        return new(@case, Encoding.UTF8.GetBytes(string.Concat(Valid.AsSpan(0, at), replacement, Valid.AsSpan(at + find.Length))), path, message);
    }

    /// <summary>A case of a whole document.</summary>
    public static HostileDocument Whole(string @case, string json, string? path, string message) => new(@case, Encoding.UTF8.GetBytes(json), path, message);

    /// <inheritdoc />
    public override string ToString() => Case;
}
