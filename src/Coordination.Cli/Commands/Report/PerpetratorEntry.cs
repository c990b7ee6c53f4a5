namespace Coordination.Cli.Commands.Report;

/// <summary>Who carried out an incident and how firmly that is established.</summary>
/// <param name="Actor">The actor, or <see langword="null"/> when unknown.</param>
/// <param name="Attribution">The attribution in the contract's words: <c>claimed</c>, <c>attributed</c>, <c>suspected</c> or <c>unknown</c>.</param>
internal sealed record PerpetratorEntry(ActorReference? Actor, string Attribution);
