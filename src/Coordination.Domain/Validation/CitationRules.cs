using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq.Expressions;
using Coordination.Domain.Identifiers;
using FluentValidation;

namespace Coordination.Domain.Validation;

/// <summary>
/// The rules of a list of cited sources, included by the validator of every record that cites
/// sources: no default identifier, no source twice and, for a fact-bearing record, at least one.
/// </summary>
/// <typeparam name="T">The record that cites the sources.</typeparam>
internal sealed class CitationRules<T> : AbstractValidator<T>
{
    /// <summary>Creates the rules.</summary>
    /// <param name="sources">The record's list of sources.</param>
    /// <param name="required">Whether the record must cite at least one source (fact-bearing records), or may rest on its parent's sources (parts of a record).</param>
    internal CitationRules(Expression<Func<T, ImmutableArray<SourceId>>> sources, bool required)
    {
        if (required)
        {
            RuleFor(sources)
                .Must(list => !list.IsDefaultOrEmpty)
                .WithErrorCode(ValidationCodes.Citations.NoSource)
                .WithMessage("'{PropertyPath}' is empty: every fact-bearing record lists at least one source it rests on.");
        }

        var asSequence = Expression.Lambda<Func<T, IEnumerable<SourceId>>>(
            Expression.Convert(sources.Body, typeof(IEnumerable<SourceId>)), sources.Parameters);
        RuleForEach(asSequence).Present();

        RuleFor(sources).Custom((list, context) =>
        {
            if (list.IsDefaultOrEmpty)
            {
                return;
            }

            var seen = new HashSet<SourceId>();
            for (var i = 0; i < list.Length; i++)
            {
                if (!list[i].IsDefault && !seen.Add(list[i]))
                {
                    context.Report($"[{i}]", ValidationCodes.Citations.DuplicateSource, $"Source '{list[i]}' is listed twice.", list[i]);
                }
            }
        });
    }
}
