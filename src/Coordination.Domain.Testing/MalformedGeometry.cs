using System;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Testing;

/// <summary>
/// A geometry that is not a usable trace of a line, such as "a latitude of NaN", with the refusal
/// <c>LineTrace.Geometry</c> documents: the exception's type and words its message holds.
/// </summary>
/// <param name="Name">What is wrong.</param>
/// <param name="Geometry">The geometry, or <see langword="null"/> (refused with <see cref="ArgumentNullException"/>).</param>
/// <param name="ExpectedException">The exception a <c>LineTrace</c> given it throws: <see cref="ArgumentNullException"/> or <see cref="ArgumentException"/>.</param>
/// <param name="ExpectedMessage">Words the exception's message contains (compared ignoring case).</param>
public sealed record MalformedGeometry(string Name, Geometry? Geometry, Type ExpectedException, string ExpectedMessage)
{
    /// <summary>Returns what is wrong and the geometry's text.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name}: {Geometry?.AsText() ?? "null"} → {ExpectedException.Name} '{ExpectedMessage}'";
}
