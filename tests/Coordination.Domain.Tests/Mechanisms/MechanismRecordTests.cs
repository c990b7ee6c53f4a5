using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class MechanismRecordTests
{
    private static readonly Inference Stated = new() { Reasoning = "Read from the article.", From = [ArticleFacts.Esta] };

    private static readonly ReportedDate May2021 = ReportedDate.InMonth(new YearMonth(2021, 5));

    private static StatusChange FullChange() => new() { Status = MechanismStatus.Agreed, Date = May2021, Sources = [ArticleFacts.Esta], Inference = Stated };

    private static StatusAttestation FullAttestation() =>
        new() { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2022), Sources = [ArticleFacts.Esta], Inference = Stated, Note = "Four rooms staffed." };

    private static AreaOfResponsibility FullArea() => new()
    {
        Territories = [ArticleFacts.Kirkuk],
        LineStretches = [new LineStretch(CoordinationLineId.Parse("kcl"), ArticleFacts.Kirkuk)],
    };

    private static CoordinationMechanism FullMechanism() => ArticleFacts.LiaisonAtJoc with
    {
        Area = FullArea(),
        StatusHistory = [FullChange()],
        Attestations = [FullAttestation()],
        Description = "Officers of each side in the other's command.",
        Inference = Stated,
    };

    [Fact]
    public void Mechanism_equality_sees_every_member_and_its_default_arrays_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullMechanism()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullMechanism()));
    }

    [Fact]
    public void Area_change_attestation_and_evidence_equality_see_every_member()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullArea()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullArea()));
        Assert.Empty(RecordContracts.EqualityBreaches(FullChange()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullChange()));
        Assert.Empty(RecordContracts.EqualityBreaches(FullAttestation()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullAttestation()));
        var evidence = new StatusEvidence
        {
            Status = MechanismStatus.Operational,
            Change = FullChange(),
            ChangeIndex = 0,
            Attestation = FullAttestation(),
            AttestationIndex = 0,
            IsAttested = true,
            Implied = [MechanismStatus.Established],
        };
        Assert.Empty(RecordContracts.EqualityBreaches(evidence));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(evidence));
    }

    [Fact]
    public void Evidence_gives_the_inference_of_the_record_it_rests_on()
    {
        var fromChange = new Inference { Reasoning = "From the change.", From = [ArticleFacts.Esta] };
        var fromAttestation = new Inference { Reasoning = "From the attestation.", From = [ArticleFacts.Esta] };
        var evidence = new StatusEvidence
        {
            Status = MechanismStatus.Operational,
            Change = FullChange() with { Inference = fromChange },
            Attestation = FullAttestation() with { Inference = fromAttestation },
        };

        Assert.Equal(-1, evidence.ChangeIndex);
        Assert.Equal(-1, evidence.AttestationIndex);
        Assert.Same(fromChange, evidence.Inference);
        Assert.Same(fromAttestation, (evidence with { IsAttested = true }).Inference);
        Assert.Null((evidence with { Change = null }).Inference);
        Assert.Null((evidence with { IsAttested = true, Attestation = null }).Inference);
    }

    [Fact]
    public void A_mechanism_without_history_has_no_current_status_and_one_with_history_has_its_last()
    {
        Assert.Null((ArticleFacts.LiaisonAtJoc with { StatusHistory = [] }).CurrentStatus);
        Assert.Equal(
            MechanismStatus.Established,
            (ArticleFacts.LiaisonAtJoc with { StatusHistory = [FullChange(), FullChange() with { Status = MechanismStatus.Established }] }).CurrentStatus);
    }

    [Fact]
    public void Parties_leave_out_hosts_observers_and_missing_participants()
    {
        var mechanism = ArticleFacts.LiaisonAtJoc with
        {
            Participants = [null!, new Participant(ArticleFacts.Coalition, ParticipantRole.Host), new Participant(ArticleFacts.Peshmerga, ParticipantRole.Party)],
        };

        Assert.Equal([ArticleFacts.Peshmerga], mechanism.Parties);
        Assert.Empty((mechanism with { Participants = [] }).Parties);
    }

    [Fact]
    public void A_violation_reads_with_its_place_kind_and_message()
    {
        var violation = new LifecycleViolation { Index = 2, Kind = LifecycleViolationKind.RepeatedStatus, Message = "Agreed twice." };

        Assert.Equal("[2] RepeatedStatus: Agreed twice.", violation.ToString());
        Assert.Equal("attestation [2] RepeatedStatus: Agreed twice.", (violation with { InAttestations = true }).ToString());
    }

    [Fact]
    public void A_step_is_implied_only_with_neither_change_nor_attestation()
    {
        var step = new LifecycleStep { Status = MechanismStatus.Agreed };

        Assert.True(step.IsImplied);
        Assert.False((step with { Change = FullChange() }).IsImplied);
        Assert.False((step with { Attestation = FullAttestation() }).IsImplied);
    }

    [Fact]
    public void An_undefined_attested_status_is_refused_with_its_place_and_message()
    {
        var mechanism = ArticleFacts.LiaisonAtJoc with { Attestations = [FullAttestation()] };

        var thrown = Assert.Throws<LifecycleViolationException>(() => mechanism.WithAttestation((MechanismStatus)9, ReportedDate.InYear(2022)));

        Assert.Equal("Mechanism 'mop-lnos-at-joc': 9 is not a defined status.", thrown.Message);
        Assert.Equal(
            new LifecycleViolation { Index = 1, InAttestations = true, Kind = LifecycleViolationKind.UndefinedStatus, To = (MechanismStatus)9, Message = "9 is not a defined status." },
            thrown.Violation);
    }

    [Fact]
    public void WithStatus_and_WithAttestation_keep_the_sources_given()
    {
        var mechanism = (ArticleFacts.LiaisonAtJoc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Agreed, May2021, ArticleFacts.Esta)
            .WithAttestation(MechanismStatus.Agreed, ReportedDate.InYear(2022), ArticleFacts.Esta);

        Assert.Equal([ArticleFacts.Esta], mechanism.StatusHistory[0].Sources);
        Assert.Equal(May2021, mechanism.StatusHistory[0].Date);
        Assert.Equal([ArticleFacts.Esta], mechanism.Attestations[0].Sources);
        Assert.Equal(ImmutableArray<SourceId>.Empty, (ArticleFacts.LiaisonAtJoc with { StatusHistory = [] }).WithStatus(MechanismStatus.Agreed, null).StatusHistory[0].Sources);
    }
}
