using Coordination.Domain.Geography;
using Coordination.Domain.Validation;

namespace Coordination.Domain.Incidents;

/// <content>The fast path of catalog validation: an allocation-free check that mirrors every rule of the validator.</content>
public sealed partial class IncidentValidator
{
    /// <summary>
    /// Tells, without allocating, that the validator would find nothing wrong with <paramref name="incident"/>.
    /// <see langword="false"/> means only that the incident may hold a problem (or is too unusual to judge
    /// here: a long list of perpetrators, targets or casualties); the validator then runs and finds it, or not.
    /// </summary>
    /// <remarks>Mirrors, rule for rule, the validator and its children (location, perpetrators, targets,
    /// casualties, totals, summary, inference, origin, citations); a property test holds the two to the same verdict.</remarks>
    internal static bool IsCertainlyValid(Incident? incident)
    {
        if (incident is not { Location: { } location }
            || incident.Id.IsDefault
            || !QuickChecks.Defined(incident.Kind)
            || incident.Date == default
            || !QuickChecks.OptionalText(location.PlaceName, ValidationLimits.MaxLabelLength, TextLines.Single)
            || !QuickChecks.PresentWhenGiven(location.Territory)
            || !QuickChecks.Defined(location.Precision)
            || (location.PlaceName is null && location.Territory is null && location.Point is null)
            || (location.Precision == LocationPrecision.ExactLocation && location.Point is null)
            || !QuickChecks.OptionalText(incident.Summary, ValidationLimits.MaxDescriptionLength, TextLines.Multiple)
            || !QuickChecks.Inference(incident.Inference)
            || !QuickChecks.Origin(incident.Origin)
            || !QuickChecks.Citations(incident.Sources, required: true))
        {
            return false;
        }

        return PerpetratorsAreValid(incident) && TargetsAreValid(incident) && CasualtiesAreValid(incident);
    }

    private static bool PerpetratorsAreValid(Incident incident)
    {
        var perpetrators = incident.Perpetrators;
        if (perpetrators.Length > QuickChecks.MaxPairwiseItems)
        {
            return false;
        }

        for (var j = 0; j < perpetrators.Length; j++)
        {
            if (perpetrators[j] is not { } perpetrator || !QuickChecks.Defined(perpetrator.Attribution) || !QuickChecks.PresentWhenGiven(perpetrator.Actor))
            {
                return false;
            }

            if (perpetrator.Actor is { } actor)
            {
                for (var k = 0; k < j; k++)
                {
                    if (perpetrators[k].Actor == actor)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool TargetsAreValid(Incident incident)
    {
        var targets = incident.Targets;
        if (targets.Length > QuickChecks.MaxPairwiseItems)
        {
            return false;
        }

        for (var j = 0; j < targets.Length; j++)
        {
            if (!PartyIsValid(targets[j]))
            {
                return false;
            }

            for (var k = 0; k < j; k++)
            {
                if (targets[k].Equals(targets[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool CasualtiesAreValid(Incident incident)
    {
        var casualties = incident.Casualties;
        if (casualties.Length > QuickChecks.MaxPairwiseItems)
        {
            return false;
        }

        var killed = default(FastSum);
        var injured = default(FastSum);
        for (var j = 0; j < casualties.Length; j++)
        {
            if (casualties[j] is not { } entry
                || !PartyIsValid(entry.Party)
                || entry.Killed is { IsOrdered: false }
                || entry.Injured is { IsOrdered: false })
            {
                return false;
            }

            for (var k = 0; k < j; k++)
            {
                if (casualties[k].Party.Equals(entry.Party))
                {
                    return false;
                }
            }

            killed.Add(entry.Killed);
            injured.Add(entry.Injured);
        }

        if (killed.Overflows || injured.Overflows)
        {
            return false;
        }

        if (incident.ReportedTotals is not { } totals)
        {
            return true;
        }

        return totals.Killed is not { IsOrdered: false }
            && totals.Injured is not { IsOrdered: false }
            && QuickChecks.Citations(totals.Sources, required: false)
            && killed.Agrees(totals.Killed)
            && injured.Agrees(totals.Injured);
    }

    // Mirrors AffectedPartyValidator. Every valid party is identified, so duplicates compare as the validator's sets do.
    private static bool PartyIsValid(AffectedParty party) =>
        QuickChecks.Defined(party.Kind) && (party.Kind != AffectedPartyKind.Actor || party.Actor is { IsDefault: false });

    // The figures of the parties for one count, as Sum adds them, without allocating.
    private struct FastSum
    {
        private long low;
        private long best;
        private long high;
        private int given;
        private int missing;

        internal readonly bool Overflows => low > int.MaxValue || best > int.MaxValue || high > int.MaxValue;

        internal void Add(CasualtyEstimate? estimate)
        {
            if (estimate is not { } value)
            {
                missing++;
                return;
            }

            given++;
            low += value.Low;
            best += value.Best;
            high += value.High;
        }

        // Mirrors the validator's comparison of the parties' figures with a reported total.
        internal readonly bool Agrees(CasualtyEstimate? total) =>
            total is not { } reported || given == 0 || (low <= reported.High && (missing != 0 || high >= reported.Low));
    }
}
