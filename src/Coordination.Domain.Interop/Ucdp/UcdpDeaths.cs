using System;
using System.Collections.Immutable;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// UCDP GED's death counts of one event: per side (<c>deaths_a</c>, <c>deaths_b</c>), of civilians and of unknown
/// status, and the event's <c>low</c>, <c>best</c> and <c>high</c> estimates. A blank count is unknown, never 0.
/// </summary>
internal readonly record struct UcdpDeaths(int? A, int? B, int? Civilians, int? Unknown, int? Low, int? Best, int? High)
{
    private static readonly string[] PartyColumns = [UcdpColumns.DeathsA, UcdpColumns.DeathsB, UcdpColumns.DeathsCivilians, UcdpColumns.DeathsUnknown];

    /// <summary>
    /// Reads the counts and checks them as UCDP defines them: low ≤ best ≤ high, and the four parties' deaths adding up
    /// to best (to at most best when some are blank). A missing low or high is taken as best.
    /// </summary>
    /// <param name="field">The value of a column, or <see langword="null"/> when the row has no such column.</param>
    /// <param name="column">The column at fault.</param>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The counts, or <see langword="null"/> when a value is malformed or the counts disagree.</returns>
    internal static UcdpDeaths? Read(Func<string, string?> field, out string? column, out string? problem)
    {
        Span<int?> parties = stackalloc int?[4];
        for (var i = 0; i < PartyColumns.Length; i++)
        {
            if (!TryCount(field, PartyColumns[i], out parties[i], out column, out problem))
            {
                return null;
            }
        }

        if (!TryCount(field, UcdpColumns.Best, out var best, out column, out problem)
            || !TryCount(field, UcdpColumns.Low, out var low, out column, out problem)
            || !TryCount(field, UcdpColumns.High, out var high, out column, out problem))
        {
            return null;
        }

        long sum = 0;
        var given = 0;
        foreach (var count in parties)
        {
            if (count is { } n)
            {
                sum += n;
                given++;
            }
        }

        if (sum > int.MaxValue)
        {
            column = UcdpColumns.DeathsA;
            problem = $"the deaths per party add up to {sum}, more than a count can hold ({int.MaxValue}).";
            return null;
        }

        if (best is not { } b)
        {
            if (low is not null || high is not null)
            {
                column = UcdpColumns.Best;
                problem = "best is blank while low or high is given; UCDP gives a best estimate with its low and high.";
                return null;
            }
        }
        else
        {
            low ??= b;
            high ??= b;
            if (low > b)
            {
                column = UcdpColumns.Low;
                problem = $"low ({low}) is above best ({b}); UCDP's estimates are ordered low ≤ best ≤ high.";
                return null;
            }

            if (high < b)
            {
                column = UcdpColumns.High;
                problem = $"high ({high}) is below best ({b}); UCDP's estimates are ordered low ≤ best ≤ high.";
                return null;
            }

            if (given == parties.Length ? sum != b : sum > b)
            {
                column = UcdpColumns.Best;
                problem = given == parties.Length
                    ? $"deaths_a + deaths_b + deaths_civilians + deaths_unknown = {sum}, not best ({b}); UCDP's deaths per party add up to best."
                    : $"the deaths given per party add up to {sum}, above best ({b}).";
                return null;
            }
        }

        column = null;
        problem = null;
        return new UcdpDeaths(parties[0], parties[1], parties[2], parties[3], low, best, high);
    }

    /// <summary>
    /// The casualties of each party given (in the order side A, side B, civilians, unknown; a party named twice — side B
    /// is civilians in one-sided violence — gets the sum) and the event's totals (killed low, best, high).
    /// </summary>
    internal (ImmutableArray<Casualties> Casualties, CasualtyTotals? Totals) ToModel(AffectedParty sideA, AffectedParty sideB)
    {
        var builder = ImmutableArray.CreateBuilder<Casualties>(4);
        Add(builder, sideA, A);
        Add(builder, sideB, B);
        Add(builder, AffectedParty.Civilians, Civilians);
        Add(builder, AffectedParty.Unidentified, Unknown);
        var totals = Best is { } best ? new CasualtyTotals { Killed = new CasualtyEstimate(Low ?? best, best, High ?? best) } : null;
        return (builder.ToImmutable(), totals);
    }

    private static void Add(ImmutableArray<Casualties>.Builder builder, AffectedParty party, int? count)
    {
        if (count is not { } n)
        {
            return;
        }

        for (var i = 0; i < builder.Count; i++)
        {
            if (builder[i].Party == party)
            {
                builder[i] = builder[i] with { Killed = CasualtyEstimate.Exactly(checked(builder[i].Killed!.Value.Best + n)) };
                return;
            }
        }

        builder.Add(new Casualties(party, CasualtyEstimate.Exactly(n)));
    }

    private static bool TryCount(Func<string, string?> field, string name, out int? count, out string? column, out string? problem)
    {
        count = null;
        column = null;
        problem = null;
        if (UcdpValues.Trimmed(field(name)) is not { } text)
        {
            return true;
        }

        if (FieldValues.TryReadWholeNumber(text, out var n))
        {
            count = n;
            return true;
        }

        column = name;
        problem = $"{name} is a count of deaths: a whole number, 0 or more, or blank when unknown.";
        return false;
    }
}
