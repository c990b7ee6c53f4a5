using System.Collections.Immutable;
using System.Text;

namespace Coordination.Domain.Testing;

/// <summary>
/// How a class of error-code constants and the docs page that lists them differ, as
/// <see cref="ErrorCodeDocumentation.Compare"/> finds it: each entry reads <c>CODE (Area.Name)</c> or
/// describes the problem. Empty in every list when the two are in step.
/// </summary>
public sealed class ErrorCodeDifferences
{
    internal ErrorCodeDifferences(ImmutableArray<string> undocumented, ImmutableArray<string> undeclared, ImmutableArray<string> inconsistent)
    {
        Undocumented = undocumented;
        Undeclared = undeclared;
        Inconsistent = inconsistent;
    }

    /// <summary>Gets the codes the class declares that the page does not list under their constant's name.</summary>
    public ImmutableArray<string> Undocumented { get; }

    /// <summary>Gets the codes the page lists that no constant of the class declares under that name.</summary>
    public ImmutableArray<string> Undeclared { get; }

    /// <summary>
    /// Gets the other problems: a code declared or listed twice, a code that does not start with the
    /// class's <c>Prefix</c>, a row with no meaning (ten characters at least) or no example.
    /// </summary>
    public ImmutableArray<string> Inconsistent { get; }

    /// <summary>Gets a value indicating whether the class and the page are in step.</summary>
    public bool IsEmpty => Undocumented.IsEmpty && Undeclared.IsEmpty && Inconsistent.IsEmpty;

    /// <summary>Lists the differences both ways, one per line, or says that there are none.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "The codes and the page are in step.";
        }

        var text = new StringBuilder();
        Append(text, "Declared but not listed on the page", Undocumented);
        Append(text, "Listed on the page but not declared", Undeclared);
        Append(text, "Inconsistent", Inconsistent);
        return text.ToString().TrimEnd();
    }

    private static void Append(StringBuilder text, string heading, ImmutableArray<string> entries)
    {
        if (entries.IsEmpty)
        {
            return;
        }

        text.Append(heading).Append(':').AppendLine();
        foreach (var entry in entries)
        {
            text.Append("  ").Append(entry).AppendLine();
        }
    }
}
