namespace Coordination.Cli.Commands.Report;

/// <summary>An actor as a report names it: its identifier and the name to show.</summary>
/// <param name="Id">The actor's identifier; an identifier the catalog does not hold is shown as is.</param>
/// <param name="Name">The actor's short name (its first acronym, else its primary name), or the identifier when the catalog has no such actor.</param>
internal sealed record ActorReference(string Id, string Name);
