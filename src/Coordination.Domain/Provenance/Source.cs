using System;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Provenance;

/// <summary>A source facts rest on: an article, report, statement or data set.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record Source : ICatalogRecord<SourceId>
{
    /// <summary>Gets the source's identifier.</summary>
    public required SourceId Id { get; init; }

    /// <summary>Gets who published it (<c>Esta Media Network</c>).</summary>
    public required string Publisher { get; init; }

    /// <summary>Gets the publisher as a catalogued actor, when it is one.</summary>
    public ActorId? PublisherActor { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets where it can be read: an absolute <c>http</c> or <c>https</c> URL, if it is online.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets when it was published, as precisely as known; <see langword="null"/> when it carries no date.</summary>
    public ReportedDate? Published { get; init; }

    /// <summary>Gets the language it is written in, or <see langword="null"/> when not recorded.</summary>
    public LanguageTag? Language { get; init; }

    /// <summary>Gets a note on the source (what it covers, how it was found), if any.</summary>
    public string? Note { get; init; }
}
