using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Interop.Actors;

/// <summary>One name of an <see cref="ActorMap"/>.</summary>
/// <param name="Name">The name as the data set spells it.</param>
/// <param name="Actor">The catalog's actor.</param>
/// <param name="DataSet">The data set the name is used in; <see langword="null"/> for both.</param>
public sealed record ActorMapEntry(string Name, ActorId Actor, ConflictDataSet? DataSet);
