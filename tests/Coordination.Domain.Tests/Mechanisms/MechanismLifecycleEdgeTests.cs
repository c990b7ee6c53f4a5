using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

/// <summary>The lifecycle at its edges: undefined statuses, attestations and changes on the same day, what a contradiction says, and the validator's messages.</summary>
public sealed class MechanismLifecycleEdgeTests : EnglishCulture
{
    private static StatusChange Change(MechanismStatus status, int? year = null) =>
        new() { Status = status, Date = year is { } y ? ReportedDate.OnDay(new LocalDate(y, 1, 1)) : null };

    private static StatusAttestation Seen(MechanismStatus status, int year) => new() { Status = status, Date = ReportedDate.OnDay(new LocalDate(year, 1, 1)) };

    private static List<LifecycleViolation> Contradictions(StatusChange[] history, params StatusAttestation[] attestations) =>
        [.. MechanismLifecycle.FindContradictions(history, attestations)];

    [Theory]
    [InlineData(MechanismStatus.Proposed, (MechanismStatus)9)]
    [InlineData((MechanismStatus)(-1), MechanismStatus.Proposed)]
    [InlineData((MechanismStatus)(-1), (MechanismStatus)9)]
    [InlineData(MechanismStatus.Dissolved, MechanismStatus.Dissolved)]
    [InlineData(MechanismStatus.Agreed, MechanismStatus.Agreed)]
    public void Nothing_reaches_or_is_reached_from_an_undefined_status_or_itself(MechanismStatus from, MechanismStatus to)
    {
        Assert.False(MechanismLifecycle.IsReachable(from, to));
    }

    [Fact]
    public void Of_two_attestations_on_one_day_the_later_listed_answers()
    {
        var evidence = MechanismLifecycle.EvidenceOn([], [Seen(MechanismStatus.Agreed, 2021), Seen(MechanismStatus.Established, 2021)], new LocalDate(2021, 6, 1));

        Assert.Equal((MechanismStatus.Established, 1), (evidence!.Status, evidence.AttestationIndex));
    }

    [Fact]
    public void The_statuses_implied_before_a_change_skip_an_undefined_one_back_to_the_first_change()
    {
        var evidence = MechanismLifecycle.EvidenceOn([Change(MechanismStatus.Proposed, 2019), Change((MechanismStatus)9), Change(MechanismStatus.Established, 2021)], [], new LocalDate(2021, 6, 1));

        Assert.Equal(MechanismStatus.Established, evidence!.Status);
        Assert.Equal([MechanismStatus.Agreed], evidence.Implied);
    }

    [Fact]
    public void An_attestation_before_every_change_is_checked_against_the_first_change()
    {
        var violation = Assert.Single(Contradictions([Change(MechanismStatus.Proposed, 2021)], Seen(MechanismStatus.Operational, 2020)));

        Assert.Equal(
            new LifecycleViolation
            {
                Index = 0,
                Kind = LifecycleViolationKind.ContradictsAttestation,
                From = MechanismStatus.Operational,
                To = MechanismStatus.Proposed,
                Message = "Proposed on 2021-01-01 cannot follow the Operational attested before it; from Operational the lifecycle reaches Suspended or Dissolved.",
            },
            violation);
    }

    [Fact]
    public void A_contradicting_attestation_is_reported_and_then_set_aside()
    {
        // Established cannot follow Operational; set aside, it does not make the Agreed after it a second contradiction.
        var violation = Assert.Single(Contradictions([Change(MechanismStatus.Operational, 2020), Change(MechanismStatus.Agreed, 2022)], Seen(MechanismStatus.Established, 2021)));

        Assert.Equal(
            new LifecycleViolation
            {
                Index = 0,
                InAttestations = true,
                Kind = LifecycleViolationKind.ContradictsAttestation,
                From = MechanismStatus.Operational,
                To = MechanismStatus.Established,
                Message = "Established attested on 2021-01-01 cannot follow the Operational in force before it; from Operational the lifecycle reaches Suspended or Dissolved.",
            },
            violation);
    }

    [Fact]
    public void An_attestation_on_the_day_of_a_change_follows_it_and_same_day_attestations_keep_their_order()
    {
        var onTheDay = Assert.Single(Contradictions([Change(MechanismStatus.Agreed, 2021)], Seen(MechanismStatus.Proposed, 2021)));
        Assert.Equal((true, 0, MechanismStatus.Agreed), (onTheDay.InAttestations, onTheDay.Index, onTheDay.From));

        var second = Assert.Single(Contradictions([Change(MechanismStatus.Agreed, 2020)], Seen(MechanismStatus.Operational, 2021), Seen(MechanismStatus.Agreed, 2021)));
        Assert.Equal((true, 1, MechanismStatus.Operational), (second.InAttestations, second.Index, second.From));
    }

    [Fact]
    public void The_validator_says_how_many_parties_which_participant_repeats_and_what_contradicts()
    {
        var mechanism = ArticleFacts.LiaisonAtJoc;
        string Message(CoordinationMechanism m, string code) => new CoordinationMechanismValidator().Validate(m).Errors.Single(e => e.ErrorCode == code).ErrorMessage;

        Assert.Equal(
            "'Participants' has 1 distinct actor(s) in the role Party; a coordination mechanism has at least two parties.",
            Message(mechanism with { Participants = [mechanism.Participants[0], mechanism.Participants[2]] }, ValidationCodes.Mechanisms.TooFewParties));
        Assert.Equal(
            "'joc' is listed twice as Host.",
            Message(mechanism with { Participants = mechanism.Participants.Add(mechanism.Participants[2]) }, ValidationCodes.Mechanisms.DuplicateParticipant));
        Assert.Equal(
            "Mechanism 'mop-lnos-at-joc': Proposed attested on 2022-01-01 cannot follow the Operational in force before it; from Operational the lifecycle reaches Suspended or Dissolved.",
            Message(mechanism with { Attestations = [Seen(MechanismStatus.Proposed, 2022)] }, ValidationCodes.Mechanisms.AttestationContradictsHistory));
    }

    [Fact]
    public void A_participant_of_an_undefined_role_and_a_change_on_the_default_date_are_reported_where_they_are()
    {
        var mechanism = ArticleFacts.LiaisonAtJoc;
        var errors = new CoordinationMechanismValidator().Validate(mechanism with
        {
            Participants = mechanism.Participants.Add(new Participant(ArticleFacts.Peshmerga, (ParticipantRole)9)),
            StatusHistory = [mechanism.StatusHistory[0] with { Date = default(ReportedDate) }],
        }).Errors;

        Assert.Equal(
            [("Participants[3].Role", ValidationCodes.General.UndefinedEnumValue), ("StatusHistory[0].Date", ValidationCodes.General.MissingDate)],
            errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName));
    }

    [Fact]
    public void A_change_breaking_the_history_and_contradicting_an_attestation_is_refused_for_the_history()
    {
        var mechanism = ArticleFacts.LiaisonAtJoc with { StatusHistory = [Change(MechanismStatus.Agreed, 2019)], Attestations = [Seen(MechanismStatus.Operational, 2020)] };

        var thrown = Assert.Throws<LifecycleViolationException>(() => mechanism.WithStatus(MechanismStatus.Proposed, ReportedDate.OnDay(new LocalDate(2021, 1, 1))));

        Assert.NotEqual(LifecycleViolationKind.ContradictsAttestation, thrown.Violation!.Kind);
        Assert.Single(Contradictions([.. mechanism.StatusHistory, Change(MechanismStatus.Proposed, 2021)], [.. mechanism.Attestations]));
        Assert.Equal("The status change breaks the mechanism lifecycle.", new LifecycleViolationException().Message);
    }
}
