using System;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose sequence depends on its seed alone, so that a
/// file generated today is the same file on another machine and another .NET (System.Random's seeded sequence is not
/// promised across versions).
/// </summary>
internal struct SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>Gets the next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextBits()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Gets a number from 0 to <paramref name="bound"/> − 1.</summary>
    /// <param name="bound">The bound, at least 1.</param>
    /// <returns>The number.</returns>
    public int Next(int bound) => (int)(NextBits() % (ulong)bound);

    /// <summary>Gets a number from <paramref name="low"/> to <paramref name="high"/> − 1.</summary>
    /// <param name="low">The lowest.</param>
    /// <param name="high">One more than the highest.</param>
    /// <returns>The number.</returns>
    public int Next(int low, int high) => low + Next(high - low);

    /// <summary>Gets a number from 0 (included) to 1 (excluded).</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Gets whether an event of probability <paramref name="p"/> happens.</summary>
    /// <param name="p">The probability.</param>
    /// <returns>Whether it happens.</returns>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Picks an index by weight.</summary>
    /// <param name="weights">The weights, positive, and their sum.</param>
    /// <param name="total">The sum of the weights.</param>
    /// <returns>The index.</returns>
    public int Pick(ReadOnlySpan<int> weights, int total)
    {
        var r = Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
