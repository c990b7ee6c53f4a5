using System.Collections.Generic;

// Deliberately faulty and deliberately sound types, for PublicSurfaceTests to check its own rules on.
// The namespace is two levels below Coordination.Domain, so it is not an area namespace.
#pragma warning disable CA1051, CA1815, CA1812, CA1852, CA1002, CA2227, CA1819, CA2211, CS0649
namespace Coordination.Domain.Tests.PublicSurfaceSamples;

internal class OpenClass
{
    public int Field;

    public int Settable { get; set; }
}

internal sealed record SealedRecord(string Name)
{
    public IReadOnlyList<int> Numbers { get; init; } = [];
}

internal abstract class AbstractBase
{
    public int Value { get; init; }
}

internal static class StaticHolder
{
    public static readonly int[] Numbers = [1];

    public static List<int> Items { get; set; } = [];
}

internal struct BareStruct
{
    public readonly int Value;
}

internal readonly record struct RecordStruct(int Value);

internal enum SampleKind
{
    One = 1,
}
#pragma warning restore CA1051, CA1815, CA1812, CA1852, CA1002, CA2227, CA1819, CA2211, CS0649
