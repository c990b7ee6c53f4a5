using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Validation;

/// <summary>
/// Allocation-free checks that mirror the rules of <see cref="CommonRules"/>, <see cref="CitationRules{T}"/> and
/// the small validators every record shares, for the fast path of catalog validation. Each answers
/// <see langword="true"/> only when the FluentValidation rule it mirrors certainly finds nothing; it may answer
/// <see langword="false"/> for a value the rule accepts (a long list it does not search for duplicates), which
/// only sends the record to its FluentValidation validator.
/// </summary>
internal static class QuickChecks
{
    /// <summary>The longest list searched for duplicates without allocating (by pairs); a longer one goes to the validator.</summary>
    internal const int MaxPairwiseItems = 16;

    /// <summary>Mirrors <see cref="CommonRules.RequiredText{T}"/>.</summary>
    internal static bool RequiredText(string? text, int maxLength, TextLines lines) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength && Safe(text, lines);

    /// <summary>Mirrors <see cref="CommonRules.OptionalText{T}"/>.</summary>
    internal static bool OptionalText(string? text, int maxLength, TextLines lines) =>
        text is null || RequiredText(text, maxLength, lines);

    /// <summary>Mirrors <see cref="CommonRules.Defined{T, TEnum}"/>.</summary>
    internal static bool Defined<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.IsDefined(value);

    /// <summary>Mirrors <see cref="CommonRules.PresentWhenGiven{T, TId}"/>.</summary>
    internal static bool PresentWhenGiven<TId>(TId? id)
        where TId : struct, IIdentifier<TId> => id is not { IsDefault: true };

    /// <summary>Mirrors <see cref="CitationRules{T}"/>: at least one source when <paramref name="required"/>, none default, none twice.</summary>
    internal static bool Citations(ImmutableArray<SourceId> sources, bool required)
    {
        if (sources.IsDefaultOrEmpty)
        {
            return !required;
        }

        if (sources.Length > MaxPairwiseItems)
        {
            return false;
        }

        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i].IsDefault)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (sources[j] == sources[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Mirrors <c>InferenceValidator</c> for an inference that may be absent.</summary>
    internal static bool Inference(Inference? inference) =>
        inference is null
        || (RequiredText(inference.Reasoning, ValidationLimits.MaxDescriptionLength, TextLines.Multiple) && !inference.From.IsDefaultOrEmpty && Citations(inference.From, required: false));

    /// <summary>Mirrors <c>RecordOriginValidator</c> for an origin that may be absent.</summary>
    internal static bool Origin(RecordOrigin? origin)
    {
        if (origin is null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(origin.DataSet) || string.IsNullOrWhiteSpace(origin.EventId))
        {
            return false;
        }

        foreach (var field in origin.Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Column))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Safe(string text, TextLines lines)
    {
        foreach (var c in text)
        {
            if (TextSafety.Classify(c, lines) != TextSafety.Problem.None)
            {
                return false;
            }
        }

        return true;
    }
}
