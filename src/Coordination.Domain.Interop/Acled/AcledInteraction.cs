using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// ACLED's <c>interaction</c>: the pair of actor types of an event, coded 10·min + max of <c>inter1</c> and
/// <c>inter2</c> (state forces against a political militia is 13), or 10·<c>inter1</c> when the event has one actor
/// (protesters alone is 60). Read from the code or from the text labels the API returns since 2024
/// (<c>State forces-Rebel group</c>, <c>Protesters only</c>, <c>Civilians-Civilians</c>).
/// </summary>
/// <remarks>
/// The pair is unordered: <see cref="First"/> is the lower type and <see cref="Second"/> the higher, or
/// <see cref="AcledActorType.None"/> for a single actor. Equality compares both. <c>default(AcledInteraction)</c>
/// has no actor at all (code 0), which no ACLED row holds.
/// </remarks>
public readonly record struct AcledInteraction
{
    /// <summary>Creates the interaction of two actor types, in either order.</summary>
    /// <param name="inter1">The first actor's type.</param>
    /// <param name="inter2">The second actor's type, or <see cref="AcledActorType.None"/> when the event has one actor.</param>
    /// <exception cref="ArgumentOutOfRangeException">A type is not a defined value, or <paramref name="inter1"/> is <see cref="AcledActorType.None"/> while <paramref name="inter2"/> is not.</exception>
    public AcledInteraction(AcledActorType inter1, AcledActorType inter2)
    {
        CheckDefined(inter1, nameof(inter1));
        CheckDefined(inter2, nameof(inter2));
        if (inter1 == AcledActorType.None && inter2 != AcledActorType.None)
        {
            throw new ArgumentOutOfRangeException(nameof(inter1), inter1, "An interaction with a second actor has a first actor.");
        }

        (First, Second) = inter2 == AcledActorType.None || inter1 <= inter2 ? (inter1, inter2) : (inter2, inter1);
    }

    /// <summary>Gets the lower of the two actor types (the only one for a single actor).</summary>
    public AcledActorType First { get; }

    /// <summary>Gets the higher of the two actor types, or <see cref="AcledActorType.None"/> for a single actor.</summary>
    public AcledActorType Second { get; }

    /// <summary>Gets ACLED's code: 10·<see cref="First"/> + <see cref="Second"/> (for example 13, 60, 77, 88).</summary>
    public int Code => (10 * (int)First) + (int)Second;

    /// <summary>Gets ACLED's text label, for example <c>State forces-Rebel group</c>, <c>Protesters only</c> or <c>External/Other forces-Civilians</c> (ACLED's spelling of 78).</summary>
    public string Label => Second == AcledActorType.None
        ? First == AcledActorType.None ? string.Empty : PairLabel(First) + " only"
        : Code == 78 ? PairLabel(Second) + "-" + PairLabel(First) : PairLabel(First) + "-" + PairLabel(Second);

    /// <summary>Reads an interaction from its code (<c>13</c>) or its text label (<c>State forces-Political militia</c>, in either order, ignoring case).</summary>
    /// <param name="text">The value as the file holds it.</param>
    /// <param name="interaction">The interaction, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an interaction's code or label.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AcledInteraction interaction)
    {
        interaction = default;
        if (text is null)
        {
            return false;
        }

        var value = text.Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return TryFromCode(code, out interaction);
        }

        if (value.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
        {
            if (AcledScales.TryParseActorType(value[..^5], out var only) && only != AcledActorType.None)
            {
                interaction = new AcledInteraction(only, AcledActorType.None);
                return true;
            }

            return false;
        }

        // Labels hold one hyphen between the two types; no type's label holds one.
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || value.IndexOf('-', dash + 1) >= 0
            || !AcledScales.TryParseActorType(value[..dash], out var left) || !AcledScales.TryParseActorType(value[(dash + 1)..], out var right)
            || left == AcledActorType.None || right == AcledActorType.None)
        {
            return false;
        }

        interaction = new AcledInteraction(left, right);
        return true;
    }

    /// <summary>Reads an interaction from its code.</summary>
    /// <param name="code">The code: 10 to 80 for one actor, or 10·a + b with 1 ≤ a ≤ b ≤ 8.</param>
    /// <param name="interaction">The interaction, when the code is one.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is an interaction's code.</returns>
    public static bool TryFromCode(int code, out AcledInteraction interaction)
    {
        interaction = default;
        int tens = code / 10, units = code % 10;
        if (code < 10 || tens > 8 || (units != 0 && (units < tens || units > 8)))
        {
            return false;
        }

        interaction = new AcledInteraction((AcledActorType)tens, (AcledActorType)units);
        return true;
    }

    /// <summary>Returns <see cref="Label"/>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    private static string PairLabel(AcledActorType type) => type switch
    {
        AcledActorType.RebelGroup => "Rebel group",
        AcledActorType.PoliticalMilitia => "Political militia",
        AcledActorType.IdentityMilitia => "Identity militia",
        _ => AcledScales.LabelOf(type),
    };

    private static void CheckDefined(AcledActorType type, string parameter)
    {
        if (type is < AcledActorType.None or > AcledActorType.ExternalOrOtherForces)
        {
            throw new ArgumentOutOfRangeException(parameter, type, "Not a defined AcledActorType (0 to 8).");
        }
    }
}
