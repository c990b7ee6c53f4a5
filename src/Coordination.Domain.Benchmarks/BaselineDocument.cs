using System.Text.Json.Serialization;

namespace Coordination.Domain.Benchmarks;

// The baseline: plain DTO records with the JSON shape of the contract (for a catalog of incidents),
// strings for identifiers, enums, dates and amounts, and a bare source-generated context with no
// converters, no hardening and no contract rules. What the contract costs is the difference.

public sealed record BaselineDocument(
    string SchemaVersion,
    BaselineEmpty[] Actors,
    BaselineEmpty[] People,
    BaselineEmpty[] Territories,
    BaselineEmpty[] Lines,
    BaselineEmpty[] Mechanisms,
    BaselineIncident[] Incidents,
    BaselineEmpty[] Support,
    BaselineEmpty[] Sources,
    BaselineEmpty[] Statements);

public sealed record BaselineEmpty;

public sealed record BaselineIncident(
    string Id,
    string Kind,
    BaselineReportedDate Date,
    BaselineLocation Location,
    BaselinePerpetrator[] Perpetrators,
    BaselineParty[] Targets,
    BaselineCasualties[] Casualties,
    string? Summary,
    string[] Sources);

public sealed record BaselineReportedDate(string Start, string End, string Precision, string? TimeOfDay, string? PartOfDay);

public sealed record BaselineLocation(string? PlaceName, string? Territory, BaselinePoint? Point, string Precision);

public sealed record BaselinePoint(double Latitude, double Longitude);

public sealed record BaselinePerpetrator(string? Actor, string Attribution);

public sealed record BaselineParty(string Kind, string? Actor);

public sealed record BaselineCasualties(BaselineParty Party, BaselineEstimate Killed, BaselineEstimate Injured);

public sealed record BaselineEstimate(int Low, int Best, int High);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineDocument))]
public sealed partial class BaselineContext : JsonSerializerContext;
