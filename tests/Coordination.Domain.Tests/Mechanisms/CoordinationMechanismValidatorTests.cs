using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class CoordinationMechanismValidatorTests : EnglishCulture
{
    private static CoordinationMechanismValidator Validator => new();

    private static CoordinationMechanism JccKirkuk => ArticleFacts.ProposedJcc("kirkuk", "Kirkuk", ArticleFacts.Kirkuk);

    public static TheoryData<RuleCase<CoordinationMechanism>> Rules() => new(RuleCases);

    private static RuleCase<CoordinationMechanism>[] RuleCases =>
    [
        new("a default identifier", m => m with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("an undefined kind", m => m with { Kind = (MechanismKind)5 }, "Kind", ValidationCodes.General.UndefinedEnumValue),
        new("no names", m => m with { Names = null! }, "Names", ValidationCodes.General.NullValue),
        new("the Peshmerga as the only party", m => m with { Participants = [m.Participants[0], m.Participants[2]] }, "Participants", ValidationCodes.Mechanisms.TooFewParties),
        new("one actor as party twice", m => m with { Participants = m.Participants.Add(m.Participants[0]) }, "Participants[3]", ValidationCodes.Mechanisms.DuplicateParticipant),
        new("a null participant", m => m with { Participants = m.Participants.Add(null!) }, "Participants[3]", ValidationCodes.General.NullValue),
        new("a participant in an undefined role", m => m with { Participants = m.Participants.Add(new Participant(ArticleFacts.Joc, (ParticipantRole)7)) }, "Participants[3].Role", ValidationCodes.General.UndefinedEnumValue),
        new("a default site", m => m with { Site = default(TerritoryId) }, "Site", ValidationCodes.General.MissingIdentifier),
        new("no area", m => m with { Area = null! }, "Area", ValidationCodes.General.NullValue),
        new("a default territory in the area", m => m with { Area = m.Area with { Territories = [default] } }, "Area.Territories[0]", ValidationCodes.General.MissingIdentifier),
        new("a null line stretch", m => m with { Area = m.Area with { LineStretches = [null!] } }, "Area.LineStretches[0]", ValidationCodes.General.NullValue),
        new("a stretch of a default line", m => m with { Area = m.Area with { LineStretches = [new LineStretch(default, ArticleFacts.Kirkuk)] } }, "Area.LineStretches[0].Line", ValidationCodes.General.MissingIdentifier),
        new("a null status change", m => m with { StatusHistory = m.StatusHistory.Add(null!) }, "StatusHistory[1]", ValidationCodes.General.NullValue),
        new("an undefined status", m => m with { StatusHistory = [new StatusChange { Status = (MechanismStatus)6, Date = ReportedDate.InYear(2021) }] }, "StatusHistory[0].Status", ValidationCodes.General.UndefinedEnumValue),
        new("a default date", m => m with { StatusHistory = [m.StatusHistory[0] with { Date = default(ReportedDate) }] }, "StatusHistory[0].Date", ValidationCodes.General.MissingDate),
        new("operational then agreed", m => m with { StatusHistory = [.. m.StatusHistory, new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2022) }, new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.InYear(2023) }] }, "StatusHistory[2].Status", ValidationCodes.Mechanisms.IllegalTransition),
        new("operational then proposed", m => m with { StatusHistory = [new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2022) }, new StatusChange { Status = MechanismStatus.Proposed }] }, "StatusHistory[1].Status", ValidationCodes.Mechanisms.IllegalTransition),
        new("a status change inferred from nothing", m => m with { StatusHistory = [m.StatusHistory[0] with { Inference = new() { Reasoning = "The rooms needed staff." } }] }, "StatusHistory[0].Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("a mechanism inferred from nothing", m => m with { Inference = new() { Reasoning = "Named after its site." } }, "Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("a null attestation", m => m with { Attestations = [null!] }, "Attestations[0]", ValidationCodes.General.NullValue),
        new("an attestation of an undefined status", m => m with { Attestations = [Seen((MechanismStatus)9, 2022)] }, "Attestations[0].Status", ValidationCodes.General.UndefinedEnumValue),
        new("an attestation on the default date", m => m with { Attestations = [Seen(MechanismStatus.Agreed, 2022) with { Date = default }] }, "Attestations[0].Date", ValidationCodes.General.MissingDate),
        new("an attestation citing a source twice", m => m with { Attestations = [Seen(MechanismStatus.Agreed, 2022) with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }] }, "Attestations[0].Sources[1]", ValidationCodes.Citations.DuplicateSource),
        new("a blank note of an attestation", m => m with { Attestations = [Seen(MechanismStatus.Agreed, 2022) with { Note = " " }] }, "Attestations[0].Note", ValidationCodes.General.BlankText),
        new("an attestation inferred from nothing", m => m with { Attestations = [Seen(MechanismStatus.Agreed, 2022) with { Inference = new() { Reasoning = "Four rooms." } }] }, "Attestations[0].Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("an attestation the lifecycle cannot reach", m => m with { StatusHistory = [.. m.StatusHistory, new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2022) }], Attestations = [Seen(MechanismStatus.Agreed, 2023)] }, "Attestations[0].Status", ValidationCodes.Mechanisms.AttestationContradictsHistory),
        new("a change that cannot follow an attestation", m => m with { Attestations = [Seen(MechanismStatus.Operational, 2022)], StatusHistory = [.. m.StatusHistory, new StatusChange { Status = MechanismStatus.Established, Date = ReportedDate.InYear(2023) }] }, "StatusHistory[1].Status", ValidationCodes.Mechanisms.AttestationContradictsHistory),
        new("proposed twice", m => m with { StatusHistory = m.StatusHistory.Add(new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InYear(2022) }) }, "StatusHistory[1].Status", ValidationCodes.Mechanisms.IllegalTransition),
        new("proposed then dissolved then agreed", m => m with { StatusHistory = [.. m.StatusHistory, new StatusChange { Status = MechanismStatus.Dissolved, Date = ReportedDate.InYear(2022) }, new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.InYear(2023) }] }, "StatusHistory[2].Status", ValidationCodes.Mechanisms.IllegalTransition),
        new("agreed before it was proposed", m => m with { StatusHistory = m.StatusHistory.Add(new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.OnDay(new LocalDate(2021, 4, 30)) }) }, "StatusHistory[1].Date", ValidationCodes.Mechanisms.BackdatedStatusChange),
        new("a blank description", m => m with { Description = " " }, "Description", ValidationCodes.General.BlankText),
        new("no source", m => m with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
    ];

    [Fact]
    public void The_JCCC_the_proposed_JCCs_and_the_liaison_at_the_JOC_are_valid()
    {
        Validator.TestValidate(ArticleFacts.Jccc).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(JccKirkuk).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(ArticleFacts.LiaisonAtJoc).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<CoordinationMechanism> rule)
    {
        Validator.TestValidate(rule.Break(JccKirkuk)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Fact]
    public void Every_breach_of_the_lifecycle_is_reported_with_its_index_in_the_whole_history()
    {
        var mechanism = JccKirkuk with
        {
            StatusHistory =
            [
                new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InYear(2020) },
                null!,
                new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InYear(2021) },
                new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2020) },
                new StatusChange { Status = MechanismStatus.Dissolved, Date = ReportedDate.InYear(2022) },
                new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2023) },
            ],
        };

        var result = Validator.TestValidate(mechanism);

        result.ShouldHaveValidationErrorFor("StatusHistory[1]").WithErrorCode(ValidationCodes.General.NullValue);
        result.ShouldHaveValidationErrorFor("StatusHistory[2].Status").WithErrorCode(ValidationCodes.Mechanisms.IllegalTransition);
        result.ShouldHaveValidationErrorFor("StatusHistory[3].Date").WithErrorCode(ValidationCodes.Mechanisms.BackdatedStatusChange);
        result.ShouldHaveValidationErrorFor("StatusHistory[5].Status").WithErrorCode(ValidationCodes.Mechanisms.IllegalTransition)
            .WithErrorMessage("Mechanism 'jcc-kirkuk': The lifecycle does not allow Dissolved → Operational; from Dissolved it reaches nothing.");
        Assert.Equal(4, result.Errors.Count);
    }

    [Fact]
    public void Undated_entries_and_skipped_steps_are_legal_and_backdating_compares_dated_entries_only()
    {
        var mechanism = JccKirkuk with
        {
            StatusHistory =
            [
                new StatusChange { Status = MechanismStatus.Proposed },
                new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.OnDay(new LocalDate(2020, 8, 21)) },
                new StatusChange { Status = MechanismStatus.Established },
                new StatusChange { Status = MechanismStatus.Suspended, Date = ReportedDate.OnDay(new LocalDate(2022, 1, 1)) },
            ],
        };
        Validator.TestValidate(mechanism).ShouldNotHaveAnyValidationErrors();

        var backdated = mechanism with { StatusHistory = mechanism.StatusHistory.Add(new StatusChange { Status = MechanismStatus.Dissolved, Date = ReportedDate.InYear(2021) }) };
        Validator.TestValidate(backdated).ShouldHaveValidationErrorFor("StatusHistory[4].Date").WithErrorCode(ValidationCodes.Mechanisms.BackdatedStatusChange).Only();
    }

    [Fact]
    public void An_attestation_in_a_stretch_holding_undated_changes_is_not_checked_against_them()
    {
        // Operational, suspended at an unknown time, seen operational, operational again: consistent if the suspension came after the sighting.
        var mechanism = JccKirkuk with
        {
            StatusHistory =
            [
                new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2021) },
                new StatusChange { Status = MechanismStatus.Suspended },
                new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InYear(2024) },
            ],
            Attestations = [Seen(MechanismStatus.Operational, 2022)],
        };

        Validator.TestValidate(mechanism).ShouldNotHaveAnyValidationErrors();
    }

    private static StatusAttestation Seen(MechanismStatus status, int year) => new() { Status = status, Date = ReportedDate.InYear(year), Sources = [ArticleFacts.Esta] };
}
