using System.Collections.Immutable;
using Coordination.Domain.Names;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>A <see cref="NameSet"/> as <c>{ "primary": Name, "aliases": [Name, …] }</c>: <c>primary</c> is required; <c>aliases</c> defaults to none and holds no null.</summary>
internal sealed class NameSetJsonConverter() : ObjectJsonConverter<NameSet, (Name? Primary, ImmutableArray<Name> Aliases)>(
    "a set of names",
    "The names of one thing: a primary name and any number of aliases.",
    Required("primary", new NameJsonConverter(), names => names.Primary, (ref s, primary) => s.Primary = primary),
    Optional("aliases", ArrayOf(new NameJsonConverter(), "the aliases of a set of names"), names => names.Aliases, (ref s, aliases) => s.Aliases = aliases))
{
    /// <inheritdoc />
    protected override NameSet Create(in (Name? Primary, ImmutableArray<Name> Aliases) state) => new(state.Primary!, state.Aliases);
}
