using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Coordination.Domain.Testing;

/// <summary>
/// Keeps a package's error codes and the docs page that lists them in step, as the core's
/// <c>ValidationCodes</c> and <c>docs/validation-rules.md</c> are kept: a test of the package calls
/// <see cref="Verify"/> with its class of codes and its page, and fails on any difference, both ways.
/// </summary>
/// <remarks>
/// <para>The class of codes is a static class of <see langword="public"/> <see langword="const"/> strings,
/// directly or in nested static classes, one per area (<c>ValidationCodes.Mechanisms.IllegalTransition</c>
/// is named <c>Mechanisms.IllegalTransition</c>). A constant of the class itself named <c>Prefix</c> is
/// not a code: it is the prefix every code must start with.</para>
/// <para>The page lists each code in a table row <c>| `CODE` | `Area.Name` | meaning | example |</c>,
/// where <c>CODE</c> is upper-case letters and digits in dash-separated groups (<c>COORD-MECH-002</c>);
/// other lines are free text.</para>
/// </remarks>
public static partial class ErrorCodeDocumentation
{
    /// <summary>The name of the constant that holds the prefix of every code rather than a code.</summary>
    public const string PrefixConstant = "Prefix";

    private const int MinMeaningLength = 11;

    private const int MinExampleLength = 4;

    /// <summary>Returns the codes a class declares, by constant name (<c>Area.Name</c>, or <c>Name</c> for a constant of the class itself).</summary>
    /// <param name="codes">The static class of codes.</param>
    /// <returns>Each constant's name and code, in ordinal order of name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is <see langword="null"/>.</exception>
    public static ImmutableSortedDictionary<string, string> DeclaredCodes(Type codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return Declared(codes).ToImmutableSortedDictionary(c => c.Name, c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Compares the codes a class declares with those a docs page lists.</summary>
    /// <param name="codes">The static class of codes.</param>
    /// <param name="markdown">The text of the docs page.</param>
    /// <returns>The differences, both ways.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> or <paramref name="markdown"/> is <see langword="null"/>.</exception>
    public static ErrorCodeDifferences Compare(Type codes, string markdown)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(markdown);

        var declared = Declared(codes);
        var listed = markdown.ReplaceLineEndings("\n").Split('\n')
            .Select(line => Row().Match(line.TrimEnd()))
            .Where(m => m.Success)
            .Select(m => (Code: m.Groups["code"].Value, Name: m.Groups["constant"].Value, Meaning: m.Groups["meaning"].Value.Trim(), Example: m.Groups["example"].Value.Trim()))
            .ToList();
        var declaredPairs = declared.Select(c => (c.Code, c.Name)).ToHashSet();
        var listedPairs = listed.Select(l => (l.Code, l.Name)).ToHashSet();

        var undocumented = declared.Where(c => !listedPairs.Contains((c.Code, c.Name))).Select(c => Describe(c.Code, c.Name));
        var undeclared = listed.Where(l => !declaredPairs.Contains((l.Code, l.Name))).Select(l => Describe(l.Code, l.Name));

        var prefix = codes.GetField(PrefixConstant, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? field.GetRawConstantValue() as string : null;
        var inconsistent = declared.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} is declared {g.Count()} times ({string.Join(", ", g.Select(c => c.Name))})")
            .Concat(listed.GroupBy(l => l.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} is listed {g.Count()} times"))
            .Concat(declared.Where(c => prefix is not null && !c.Code.StartsWith(prefix, StringComparison.Ordinal)).Select(c => $"{Describe(c.Code, c.Name)} does not start with the prefix '{prefix}'"))
            .Concat(listed.Where(l => l.Meaning.Length < MinMeaningLength || l.Example.Length < MinExampleLength).Select(l => $"{Describe(l.Code, l.Name)} is listed without a meaning or an example"));

        return new ErrorCodeDifferences([.. undocumented], [.. undeclared], [.. inconsistent]);
    }

    /// <summary>Throws unless the codes a class declares and those a docs page lists are in step.</summary>
    /// <param name="codes">The static class of codes.</param>
    /// <param name="markdownPath">The path of the docs page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> or <paramref name="markdownPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The page cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The class and the page differ; the message lists the differences both ways.</exception>
    public static void Verify(Type codes, string markdownPath)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(markdownPath);
        var differences = Compare(codes, File.ReadAllText(markdownPath));
        if (!differences.IsEmpty)
        {
            throw new InvalidOperationException($"{codes.FullName} and {Path.GetFileName(markdownPath)} are out of step.{Environment.NewLine}{differences}");
        }
    }

    private static List<(string Name, string Code)> Declared(Type codes)
    {
        var found = new List<(string Name, string Code)>();
        Collect(codes, string.Empty, found);
        return found;
    }

    private static void Collect(Type type, string prefix, List<(string Name, string Code)> found)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            if (field.IsLiteral && field.FieldType == typeof(string) && !(prefix.Length == 0 && field.Name == PrefixConstant))
            {
                found.Add((prefix + field.Name, (string)field.GetRawConstantValue()!));
            }
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.MetadataToken))
        {
            Collect(nested, prefix + nested.Name + ".", found);
        }
    }

    private static string Describe(string code, string name) => $"{code} ({name})";

    [GeneratedRegex(@"^\| `(?<code>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)` \| `(?<constant>\w+(?:\.\w+)*)` \| (?<meaning>.+?) \| (?<example>.+?) \|$", RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
