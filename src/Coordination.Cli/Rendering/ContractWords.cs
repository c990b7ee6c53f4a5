using System;
using System.Collections.Generic;
using System.Text;
using Coordination.Domain.Serialization;

namespace Coordination.Cli.Rendering;

/// <summary>The words every command's output uses for the model's values: enum members in the JSON contract's words, and those words for people.</summary>
internal static class ContractWords
{
    /// <summary>
    /// Writes an enum member in the JSON contract's words: <c>JointCoordinationCentre</c> → <c>jointCoordinationCentre</c>.
    /// </summary>
    /// <remarks>The names come from the library (<see cref="CoordinationJson.NameOf{TEnum}(TEnum)"/>), the same the contract writes.</remarks>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The word.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => CoordinationJson.NameOf(value);

    /// <summary>Spells a camelCase word of the JSON contract as words: <c>jointCoordinationCentre</c> → <c>joint coordination centre</c>.</summary>
    /// <param name="camel">The word.</param>
    /// <returns>The words, lower case.</returns>
    public static string Humanize(string camel)
    {
        var text = new StringBuilder(camel.Length + 8);
        foreach (var c in camel)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>Spells an enum member as words: <c>MechanismKind.JointCoordinationCentre</c> → <c>joint coordination centre</c>.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The words, lower case.</returns>
    public static string Humanize<TEnum>(TEnum value)
        where TEnum : struct, Enum => Humanize(Of(value));

    /// <summary>Joins words with commas, or gives <c>-</c> when there are none.</summary>
    /// <param name="items">The words.</param>
    /// <returns>The list.</returns>
    public static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "-" : text;
    }
}
