using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// Validates a <see cref="CoordinationMechanism"/> on its own: identifier, kind, names, participants (at
/// least two distinct parties, none listed twice in one role), site, area of responsibility, a status
/// history the lifecycle allows (empty when the sources date no status) (see <see cref="MechanismLifecycle"/>), attestations
/// that agree with it, description, inference and sources. Whether
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
        RuleForEach(m => m.Attestations).Required().SetValidator(new StatusAttestationValidator());
        RuleFor(m => m.Inference).SetValidator(new InferenceValidator()!).When(m => m.Inference is not null);
        RuleFor(m => m.Description).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(m => m).Custom((mechanism, context) =>
        {
            ReportDuplicateParticipants(mechanism, context);
            ReportLifecycleViolations(mechanism, context);
            ReportContradictions(mechanism, context);
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
    // that every breach is reported with its index in the full history. The violation's kind chooses
    // the code and the member: a transition the lifecycle forbids is the status's fault, a change out
    // of order the date's.
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
        // Stryker disable once Equality : from the last entry alone no step can be checked, so < and <= agree
        while (start < entries.Count - 1)
        {
            if (MechanismLifecycle.FindViolation(entries.Skip(start).Select(e => (StatusChange?)e.Change).ToList()) is not { Index: > 0 } violation)
            {
                return;
            }

            var at = start + violation.Index;
            var (change, index) = entries[at];
            var message = $"Mechanism '{mechanism.Id}': {violation.Message}";
            switch (violation.Kind)
            {
                case LifecycleViolationKind.OutOfOrder:
                    context.Report(StatusChangePath(index, nameof(StatusChange.Date)), ValidationCodes.Mechanisms.BackdatedStatusChange, message, change.Date!);
                    break;
                case LifecycleViolationKind.ForbiddenTransition or LifecycleViolationKind.RepeatedStatus:
                    context.Report(StatusChangePath(index, nameof(StatusChange.Status)), ValidationCodes.Mechanisms.IllegalTransition, message, change.Status);
                    break;
                default:
                    // MissingChange and UndefinedStatus: filtered out above, reported by the rules of each entry.
                    break;
            }

            start = at;
        }
    }

    // Where attestations and dated changes disagree, reported at the attestation's or the change's status.
    private static void ReportContradictions(CoordinationMechanism mechanism, ValidationContext<CoordinationMechanism> context)
    {
        foreach (var violation in MechanismLifecycle.FindContradictions(mechanism.StatusHistory, mechanism.Attestations))
        {
            var path = violation.InAttestations
                ? $"{nameof(CoordinationMechanism.Attestations)}[{violation.Index}].{nameof(StatusAttestation.Status)}"
                : StatusChangePath(violation.Index, nameof(StatusChange.Status));
            context.Report(path, ValidationCodes.Mechanisms.AttestationContradictsHistory, $"Mechanism '{mechanism.Id}': {violation.Message}", violation.To);
        }
    }

    private static string StatusChangePath(int index, string member) => $"{nameof(CoordinationMechanism.StatusHistory)}[{index}].{member}";
}
