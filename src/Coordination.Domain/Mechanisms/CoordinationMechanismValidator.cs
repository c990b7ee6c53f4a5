using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Names;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// Validates a <see cref="CoordinationMechanism"/> on its own: identifier, kind, names, participants (at
/// least two distinct parties, none listed twice in one role), site, area of responsibility, a status
/// history the lifecycle allows (empty when the sources date no status) (see <see cref="MechanismLifecycle"/>), description and sources. Whether
/// the actors, territories and lines referred to exist is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>
/// Every breach of the lifecycle is reported, not only the first: after a bad entry, checking goes on
/// from that entry. Reports every problem at once, each with a code from <see cref="ValidationCodes"/>;
/// never throws, whatever the mechanism holds. Thread-safe.
/// </remarks>
public sealed class CoordinationMechanismValidator : AbstractValidator<CoordinationMechanism>
{
    /// <summary>Creates the validator.</summary>
    public CoordinationMechanismValidator()
    {
        RuleFor(m => m.Id).Present();
        RuleFor(m => m.Kind).Defined();
        RuleFor(m => m.Names).Required().SetValidator(new NameSetValidator());
        RuleForEach(m => m.Participants).Required().SetValidator(new ParticipantValidator());
        RuleFor(m => m.Participants)
            .Must((mechanism, _) => CountParties(mechanism) >= 2)
            .WithErrorCode(ValidationCodes.Mechanisms.TooFewParties)
            .WithMessage(m => $"'{{PropertyPath}}' has {CountParties(m)} distinct actor(s) in the role Party; a coordination mechanism has at least two parties.");
        RuleFor(m => m.Site).PresentWhenGiven();
        RuleFor(m => m.Area).Required().SetValidator(new AreaOfResponsibilityValidator());
        RuleForEach(m => m.StatusHistory).Required().SetValidator(new StatusChangeValidator());
        RuleFor(m => m.Description).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(m => m).Custom((mechanism, context) =>
        {
            ReportDuplicateParticipants(mechanism, context);
            ReportLifecycleViolations(mechanism, context);
        });
        Include(new CitationRules<CoordinationMechanism>(m => m.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<CoordinationMechanism> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    private static int CountParties(CoordinationMechanism mechanism) =>
        mechanism.Participants.Where(p => p is { Role: ParticipantRole.Party } && !p.Actor.IsDefault).Select(p => p.Actor).Distinct().Count();

    private static void ReportDuplicateParticipants(CoordinationMechanism mechanism, ValidationContext<CoordinationMechanism> context)
    {
        var seen = new HashSet<Participant>();
        for (var i = 0; i < mechanism.Participants.Length; i++)
        {
            var participant = mechanism.Participants[i];
            if (participant is not null && !participant.Actor.IsDefault && !seen.Add(participant))
            {
                context.Report($"Participants[{i}]", ValidationCodes.Mechanisms.DuplicateParticipant, $"'{participant.Actor}' is listed twice as {participant.Role}.", participant.Actor);
            }
        }
    }

    // Runs MechanismLifecycle.FindViolation over the entries that can be checked (null entries and
    // undefined statuses are reported by their own rules), then again from each offending entry, so
    // that every breach is reported with its index in the full history.
    private static void ReportLifecycleViolations(CoordinationMechanism mechanism, ValidationContext<CoordinationMechanism> context)
    {
        var entries = new List<(StatusChange Change, int Index)>();
        for (var i = 0; i < mechanism.StatusHistory.Length; i++)
        {
            if (mechanism.StatusHistory[i] is { } change && Enum.IsDefined(change.Status))
            {
                entries.Add((change, i));
            }
        }

        var start = 0;
        while (start < entries.Count - 1)
        {
            var violation = MechanismLifecycle.FindViolation(entries.Skip(start).Select(e => (StatusChange?)e.Change).ToList());
            if (violation is not { Index: > 0 } found)
            {
                return;
            }

            var at = start + found.Index;
            var (previous, current) = (entries[at - 1].Change, entries[at].Change);
            var index = entries[at].Index;
            if (MechanismLifecycle.IsAllowed(previous.Status, current.Status))
            {
                context.Report($"StatusHistory[{index}].Date", ValidationCodes.Mechanisms.BackdatedStatusChange, $"Mechanism '{mechanism.Id}': {found.Message}", current.Date);
            }
            else
            {
                context.Report($"StatusHistory[{index}].Status", ValidationCodes.Mechanisms.IllegalTransition, $"Mechanism '{mechanism.Id}': {found.Message}", current.Status);
            }

            start = at;
        }
    }
}
