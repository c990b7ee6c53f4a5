using System;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Provenance;

/// <summary>Something said: the quote, who said it, for which actor, when, and the source that reports it.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record Statement : ICatalogRecord<StatementId>
{
    /// <summary>Gets the statement's identifier.</summary>
    public required StatementId Id { get; init; }

    /// <summary>Gets who said it — a catalogued person, an institution or unnamed officials of an actor — when reported.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>Gets the actor on whose behalf it was said, if any.</summary>
    public ActorId? OnBehalfOf { get; init; }

    /// <summary>Gets when it was said, as precisely as reported; <see langword="null"/> when not dated.</summary>
    public ReportedDate? Date { get; init; }

    /// <summary>
    /// Gets the date as the source words it ("on Sunday"), when it is relative or otherwise not a plain date;
    /// kept as stated beside <see cref="Date"/>, which holds it resolved (<see cref="ReportedDate.Resolve"/>) where the source's date allows.
    /// </summary>
    public string? DateAsStated { get; init; }

    /// <summary>Gets the words, as quoted or paraphrased by the source.</summary>
    public required string Quote { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Quote"/> is a paraphrase rather than the speaker's words.</summary>
    public bool IsParaphrase { get; init; }

    /// <summary>Gets how it was said (<c>interview</c>, <c>tweet</c>, <c>press release</c>), if reported.</summary>
    public string? Medium { get; init; }

    /// <summary>Gets the source that reports it.</summary>
    public required SourceId Source { get; init; }

    /// <summary>Gets how the statement was inferred (its speaker or its date, for instance), when its source does not state it; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }
}
