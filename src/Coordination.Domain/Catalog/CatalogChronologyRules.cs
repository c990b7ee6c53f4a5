using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using Coordination.Domain.Validation;
using FluentValidation;
using NodaTime;

namespace Coordination.Domain.Catalog;

/// <summary>
/// The rules on dates across records: a fact is not dated after the publication of a source it rests
/// on (<see cref="ValidationCodes.Catalog.FactAfterSource"/>), and relations and posts fall within the
/// existence of their actors (<see cref="ValidationCodes.Catalog.RelationOutsideExistence"/>,
/// <see cref="ValidationCodes.Catalog.PostOutsideExistence"/>).
/// </summary>
/// <remarks>
/// <para>A part of a record (a relation, a post, a claim, a control period, a status change) rests on its
/// own sources, or on its record's when it lists none. A fact is after a source when its earliest
/// possible date (the start of a period, the earliest day of a reported date) is after the latest
/// possible day of the source's publication. A fact dated "on or before" a day has no earliest possible
/// date, and a source published "not before" a day no latest one; neither is checked. Sources with no publication date (or a default one, reported on its own) are not checked.</para>
/// <para>A period lies within an existence when each of its known ends does: a known start on a day the
/// actor existed, a known end no later than the end of the existence and after its start. Unknown
/// existences and unknown ends are not checked.</para>
/// </remarks>
internal sealed class CatalogChronologyRules : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the rules.</summary>
    internal CatalogChronologyRules()
    {
        RuleFor(c => c).Custom((catalog, context) => Check(catalog, CatalogFailureSink.Of(context)));
    }

    /// <summary>Checks the rules on <paramref name="catalog"/>, reporting to <paramref name="sink"/>.</summary>
    internal static void Check(CoordinationCatalog catalog, CatalogFailureSink sink) => new Chronology(catalog, sink).CheckAll();

    private sealed class Chronology(CoordinationCatalog catalog, CatalogFailureSink context)
    {
        private readonly Dictionary<SourceId, ReportedDate> published = First(catalog.Sources.Where(s => s is { Published: not null, Id.IsDefault: false } && s.Published != default(ReportedDate)).Select(s => (s.Id, s.Published!.Value)));
        private readonly Dictionary<ActorId, DatePeriod> existence = First(catalog.Actors.Where(a => a is { Existence: not null, Id.IsDefault: false }).Select(a => (a.Id, a.Existence!.Value)));

        internal void CheckAll()
        {
            for (var i = 0; i < catalog.Actors.Length; i++)
            {
                var actor = catalog.Actors[i];
                if (actor is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Actors, i);
                Fact(at.Member(nameof(actor.Existence)), actor.Existence?.Start, actor.Sources);
                for (var j = 0; j < actor.Relations.Length; j++)
                {
                    if (actor.Relations[j] is { } relation)
                    {
                        var periodAt = at.Member(nameof(actor.Relations), j).Member(nameof(relation.Period));
                        Fact(periodAt, relation.Period.Start, relation.Sources, actor.Sources);
                        Within(periodAt, relation.Period, actor.Id, ValidationCodes.Catalog.RelationOutsideExistence, $"The {relation.Kind} relation of '{actor.Id}' to '{relation.Target}'");
                        if (relation.Target != actor.Id)
                        {
                            Within(periodAt, relation.Period, relation.Target, ValidationCodes.Catalog.RelationOutsideExistence, $"The {relation.Kind} relation of '{actor.Id}' to '{relation.Target}'");
                        }
                    }
                }
            }

            for (var i = 0; i < catalog.People.Length; i++)
            {
                var person = catalog.People[i];
                if (person is null)
                {
                    continue;
                }

                for (var j = 0; j < person.Posts.Length; j++)
                {
                    if (person.Posts[j] is { } post)
                    {
                        var periodAt = CatalogPath.Record(CatalogRecordKinds.People, i).Member(nameof(person.Posts), j).Member(nameof(post.Period));
                        Fact(periodAt, post.Period.Start, post.Sources, person.Sources);
                        Within(periodAt, post.Period, post.Actor, ValidationCodes.Catalog.PostOutsideExistence, $"The post '{post.Title}' of '{person.Id}' in '{post.Actor}'");
                    }
                }
            }

            for (var i = 0; i < catalog.Territories.Length; i++)
            {
                var territory = catalog.Territories[i];
                if (territory is null)
                {
                    continue;
                }

                for (var j = 0; j < territory.Claims.Length; j++)
                {
                    if (territory.Claims[j] is { } claim)
                    {
                        Fact(CatalogPath.Record(CatalogRecordKinds.Territories, i).Member(nameof(territory.Claims), j).Member(nameof(claim.Period)), claim.Period.Start, claim.Sources, territory.Sources);
                    }
                }

                for (var j = 0; j < territory.ControlPeriods.Length; j++)
                {
                    if (territory.ControlPeriods[j] is { } period)
                    {
                        Fact(CatalogPath.Record(CatalogRecordKinds.Territories, i).Member(nameof(territory.ControlPeriods), j).Member(nameof(period.Period)), period.Period.Start, period.Sources, territory.Sources);
                    }
                }
            }

            for (var i = 0; i < catalog.Mechanisms.Length; i++)
            {
                var mechanism = catalog.Mechanisms[i];
                if (mechanism is null)
                {
                    continue;
                }

                for (var j = 0; j < mechanism.StatusHistory.Length; j++)
                {
                    if (mechanism.StatusHistory[j] is { Date: { } date } change && date != default)
                    {
                        Fact(CatalogPath.Record(CatalogRecordKinds.Mechanisms, i).Member(nameof(mechanism.StatusHistory), j).Member(nameof(change.Date)), EarliestPossible(date), change.Sources, mechanism.Sources);
                    }
                }

                for (var j = 0; j < mechanism.Attestations.Length; j++)
                {
                    if (mechanism.Attestations[j] is { } attestation && attestation.Date != default)
                    {
                        Fact(CatalogPath.Record(CatalogRecordKinds.Mechanisms, i).Member(nameof(mechanism.Attestations), j).Member(nameof(attestation.Date)), EarliestPossible(attestation.Date), attestation.Sources, mechanism.Sources);
                    }
                }
            }

            for (var i = 0; i < catalog.Incidents.Length; i++)
            {
                // The path is named only for an incident dated after one of its sources.
                if (catalog.Incidents[i] is { } incident && incident.Date != default && EarliestPossible(incident.Date) is { } earliest && AnyAfter(earliest, incident.Sources))
                {
                    Fact(CatalogPath.Record(CatalogRecordKinds.Incidents, i).Member(nameof(incident.Date)), EarliestPossible(incident.Date), incident.Sources);
                }
            }

            for (var i = 0; i < catalog.Support.Length; i++)
            {
                if (catalog.Support[i] is { } support)
                {
                    Fact(CatalogPath.Record(CatalogRecordKinds.Support, i).Member(nameof(support.Period)), support.Period.Start, support.Sources);
                }
            }

            for (var i = 0; i < catalog.Statements.Length; i++)
            {
                if (catalog.Statements[i] is { Date: { } date } statement && date != default)
                {
                    Fact(CatalogPath.Record(CatalogRecordKinds.Statements, i).Member(nameof(statement.Date)), EarliestPossible(date), [statement.Source]);
                }
            }
        }

        private static Dictionary<TKey, TValue> First<TKey, TValue>(IEnumerable<(TKey Key, TValue Value)> pairs)
            where TKey : notnull
        {
            var map = new Dictionary<TKey, TValue>();
            foreach (var (key, value) in pairs)
            {
                map.TryAdd(key, value);
            }

            return map;
        }

        // The earliest day a reported date allows: none for "on or before" (it may be any earlier day).
        private static LocalDate? EarliestPossible(ReportedDate date) => date.Bound == DateBound.OnOrBefore ? null : date.Earliest;

        // A period lies within an existence when each of its known ends does.
        private static bool FitsWithin(DatePeriod period, DatePeriod existence) =>
            (period.Start is not { } start || existence.Contains(start))
            && (period.End is not { } end || ((existence.Start is not { } s || s < end) && (existence.End is not { } e || end <= e)));

        private void Fact(CatalogPath path, LocalDate? earliest, ImmutableArray<SourceId> own, ImmutableArray<SourceId> fallback = default)
        {
            if (earliest is not { } date)
            {
                return;
            }

            var restsOn = own.IsDefaultOrEmpty ? fallback : own;
            if (restsOn.IsDefaultOrEmpty)
            {
                return;
            }

            // Most facts are dated after none of their sources: find that out without allocating, and list them only otherwise.
            if (AnyAfter(date, restsOn))
            {
                var day = date; // captured here, so that the fast path allocates no closure
                var after = restsOn.Where(id => IsAfter(day, id)).Distinct().ToList();
                var list = string.Join(", ", after.Select(id => $"'{id}' ({published[id]})"));
                context.Report(path.ToString(), ValidationCodes.Catalog.FactAfterSource, $"The fact is dated from {date:uuuu-MM-dd}, after the publication of the source(s) it rests on: {list}.", date);
            }
        }

        private bool AnyAfter(LocalDate date, ImmutableArray<SourceId> sources)
        {
            foreach (var id in sources)
            {
                if (IsAfter(date, id))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsAfter(LocalDate date, SourceId id) =>
            !id.IsDefault && published.TryGetValue(id, out var p) && p.Bound != DateBound.NotBefore && date > p.Latest;

        private void Within(CatalogPath path, DatePeriod period, ActorId actor, string code, string what)
        {
            if (!actor.IsDefault && existence.TryGetValue(actor, out var span) && !FitsWithin(period, span))
            {
                context.Report(path.ToString(), code, $"{what} over {period} falls outside the existence of '{actor}' ({span}).", period);
            }
        }
    }
}
