using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Lines;

/// <summary>
/// A stretch of a coordination line: the whole line, or the part of it that runs through a
/// territory ("along the KCL in Diyala").
/// </summary>
/// <param name="Line">The line.</param>
/// <param name="Within">The territory the stretch runs through, or <see langword="null"/> for the whole line.</param>
/// <remarks>Equality compares both members.</remarks>
public sealed record LineStretch(CoordinationLineId Line, TerritoryId? Within = null);
