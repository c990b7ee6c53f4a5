using System;
using System.Collections.Generic;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Validation;

namespace Coordination.Domain.Testing;

/// <content>Corruptions of structure: nulls, default identifiers, undefined enum values, text, dates, names, citations.</content>
public static partial class CatalogCorruptions
{
    private static IEnumerable<CatalogCorruption> Structural()
    {
        yield return Corrupt("a null where a value is required", ValidationCodes.General.NullValue, AnyOf(
            c => FsCheck.Fluent.Gen.Constant(c.Rebuild(CatalogRecordKinds.Actors, c.Actors.Add(null!))),
            c => FsCheck.Fluent.Gen.Constant(c.Rebuild(CatalogRecordKinds.Statements, c.Statements.Add(null!))),
            c => EditActor(c, (_, a) => a with { Names = null! }),
            c => EditActor(c, (_, a) => a with { Relations = a.Relations.Add(null!) }),
            c => EditIncident(c, (_, i) => i with { Location = null! }),
            c => EditIncident(c, (_, i) => i with { Casualties = i.Casualties.Add(null!), Perpetrators = i.Perpetrators.Add(null!) }),
            c => EditMechanism(c, (_, m) => m with { Area = null! }),
            c => EditMechanism(c, (_, m) => m with { StatusHistory = m.StatusHistory.Add(null!), Participants = m.Participants.Add(null!) }),
            c => EditTerritory(c, (_, t) => t with { ControlPeriods = t.ControlPeriods.Add(null!), Claims = t.Claims.Add(null!) }),
            c => EditPerson(c, (_, p) => p with { Posts = p.Posts.Add(null!) })));

        yield return Corrupt("a default identifier", ValidationCodes.General.MissingIdentifier, AnyOf(
            c => EditIncident(c, (_, i) => i with { Id = default }),
            c => EditStatement(c, (_, s) => s with { Id = default }),
            c => EditActor(c, (_, a) => a with { Sources = a.Sources.Add(default) }),
            c => EditTerritory(c, (_, t) => t with { Parent = default(Identifiers.TerritoryId) }),
            c => EditMechanism(c, (_, m) => m with { Area = m.Area with { Territories = m.Area.Territories.Add(default) } }),
            c => EditSupport(c, (_, s) => s with { Recipients = s.Recipients.Add(default) })));

        yield return Corrupt("an undefined enum value", ValidationCodes.General.UndefinedEnumValue, AnyOf(
            c => EditActor(c, (_, a) => a with { Kind = (ActorKind)99 }),
            c => EditActor(c, (x, a) => a with { Relations = a.Relations.Add(new ActorRelation { Kind = (ActorRelationKind)(-1), Target = OtherActor(x, a.Id) }) }),
            c => EditIncident(c, (_, i) => i with { Kind = (IncidentKind)(-1) }),
            c => EditIncident(c, (_, i) => i with { Location = i.Location with { Precision = 0 } }),
            c => EditMechanism(c, (_, m) => m with { Kind = (MechanismKind)17 }),
            c => EditMechanism(c, (x, m) => m with { Participants = m.Participants.Add(new Participant(FirstActor(x), (ParticipantRole)9)) }),
            c => EditSupport(c, (_, s) => s with { Kinds = s.Kinds.Add((SupportKind)99) })));

        yield return Corrupt("required text missing", ValidationCodes.General.RequiredTextMissing, AnyOf(
            c => EditSource(c, (_, s) => s with { Title = "   " }),
            c => EditSource(c, (_, s) => s with { Publisher = null! }),
            c => EditStatement(c, (_, s) => s with { Quote = string.Empty }),
            c => EditPerson(c, (x, p) => p with { Posts = p.Posts.Add(new Post { Actor = FirstActor(x), Title = " " }) })));

        yield return Corrupt("text longer than its limit", ValidationCodes.General.TextTooLong, AnyOf(
            c => EditSource(c, (_, s) => s with { Title = new string('t', ValidationLimits.MaxTitleLength + 1) }),
            c => EditActor(c, (_, a) => a with { Description = new string('d', ValidationLimits.MaxDescriptionLength + 1) }),
            c => EditStatement(c, (_, s) => s with { Quote = new string('q', ValidationLimits.MaxQuoteLength + 1) }),
            c => EditIncident(c, (_, i) => i with { Location = i.Location with { PlaceName = new string('p', ValidationLimits.MaxLabelLength + 1) } })));

        yield return Corrupt("optional text given blank", ValidationCodes.General.BlankText, AnyOf(
            c => EditActor(c, (_, a) => a with { Description = " " }),
            c => EditPerson(c, (_, p) => p with { Honorific = string.Empty }),
            c => EditSource(c, (_, s) => s with { Note = "\t" }),
            c => EditIncident(c, (_, i) => i with { Summary = "  " })));

        yield return Corrupt("a control character in text", ValidationCodes.General.ControlCharacter, AnyOf(
            c => EditActor(c, (_, a) => a with { Names = a.Names.WithAlias(new Name(a.Names.Primary.Text + "\u0000x")) }),
            c => EditSource(c, (_, s) => s with { Title = s.Title + "\nsecond line" }),
            c => EditStatement(c, (_, s) => s with { Quote = "a quote\u0085with a C1 control" }),
            c => EditIncident(c, (_, i) => i with { Summary = "a bell\u0007in a summary" })));

        yield return Corrupt("a bidirectional control in text", ValidationCodes.General.BidirectionalControl, AnyOf(
            c => EditTerritory(c, (_, t) => t with { Names = t.Names.WithAlias(new Name("\u202Ekuriknaht")) }),
            c => EditStatement(c, (_, s) => s with { Quote = "an \u2067isolate\u2069 in a quote" }),
            c => EditPerson(c, (x, p) => p with { Posts = p.Posts.Add(new Post { Actor = FirstActor(x), Title = "Spokes\u202Bperson" }) })));

        yield return Corrupt("a default reported date", ValidationCodes.General.MissingDate, AnyOf(
            c => EditIncident(c, (_, i) => i with { Date = default }),
            c => EditStatement(c, (_, s) => s with { Date = default(ReportedDate) }),
            c => EditSource(c, (_, s) => s with { Published = default(ReportedDate) })));

        yield return Corrupt("the same name twice", ValidationCodes.Names.DuplicateName, AnyOf(
            c => EditActor(c, (_, a) => a with { Names = a.Names.WithAlias(a.Names.Primary) }),
            c => EditTerritory(c, (_, t) => t with { Names = t.Names.WithAlias(new Name(t.Names.Primary.Text, t.Names.Primary.Kind, t.Names.Primary.Language)) })));

        yield return Corrupt("a fact-bearing record citing no source", ValidationCodes.Citations.NoSource, AnyOf(
            c => EditActor(c, (_, a) => a with { Sources = [] }),
            c => EditIncident(c, (_, i) => i with { Sources = [] }),
            c => EditTerritory(c, (_, t) => t with { Sources = [] })));

        yield return Corrupt("a source cited twice", ValidationCodes.Citations.DuplicateSource, AnyOf(
            c => EditActor(c, (_, a) => a with { Sources = a.Sources.Add(a.Sources[0]) }),
            c => EditIncident(c, (_, i) => i with { Sources = i.Sources.Add(i.Sources[0]) })));
    }
}
