using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.AotSmoke;

/// <summary>A small model built and queried as compiled ahead of time.</summary>
internal static class ModelChecks
{
    private static readonly ActorId Peshmerga = ActorId.Parse("peshmerga");
    private static readonly ActorId Isf = ActorId.Parse("isf");

    /// <summary>Builds a catalog of one territory and one mechanism.</summary>
    public static CoordinationCatalog BuildCatalog()
    {
        var kirkuk = new Territory { Id = TerritoryId.Parse("kirkuk"), Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk", "كركوك"), IsoCode = "IQ-KI" }
            .WithControlPeriod(new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(new LocalDate(2017, 10, 16)) })
            .WithControlPeriod(new ControlPeriod { Controller = Isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)) });
        var jcc = new CoordinationMechanism
        {
            Id = MechanismId.Parse("jcc-kirkuk"),
            Kind = MechanismKind.JointCoordinationCentre,
            Names = NameSet.Of("Kirkuk Joint Coordination Center"),
            Participants = [new(Peshmerga, ParticipantRole.Party), new(Isf, ParticipantRole.Party)],
        }
        .WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(new LocalDate(2020, 8, 21)))
        .WithStatus(MechanismStatus.Established, ReportedDate.OnDay(new LocalDate(2021, 5, 23)))
        .WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 5, 31)));
        return CoordinationCatalog.Empty.With(kirkuk).With(jcc);
    }

    public static void Run(SmokeChecks checks)
    {
        var catalog = BuildCatalog();
        checks.Check("controller on a date", () =>
            catalog.ControllerOf(TerritoryId.Parse("kirkuk"), new LocalDate(2016, 1, 1)) == Peshmerga
            && catalog.ControllerOf(TerritoryId.Parse("kirkuk"), new LocalDate(2021, 1, 1)) == Isf);
        checks.Check("mechanism status on a date", () =>
            catalog.FindMechanism(MechanismId.Parse("jcc-kirkuk"))?.StatusOn(new LocalDate(2021, 3, 1)) == MechanismStatus.Agreed);
        checks.Check("operational mechanisms", () => catalog.MechanismsIn(MechanismStatus.Operational, new LocalDate(2022, 1, 1)).Length == 1);
        checks.Throws<LifecycleViolationException>("lifecycle refuses an illegal change", () =>
            catalog.FindMechanism(MechanismId.Parse("jcc-kirkuk"))!.WithStatus(MechanismStatus.Proposed, ReportedDate.InYear(2022)));
        checks.Check("catalog equality", () => BuildCatalog().Equals(catalog));
    }
}
