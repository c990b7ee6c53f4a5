using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Actors;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Serialization.Converters;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Serialization;

/// <summary>
/// The source-generated metadata of the JSON contract: no reflection at run time, trimming- and
/// Native-AOT-safe. Use it through <see cref="CoordinationJson.Options"/>, which adds the contract rules
/// (<see cref="ContractRules"/>) and the reader limits.
/// </summary>
/// <remarks>
/// The hardening options are set here explicitly (the framework's <c>Strict</c> preset is not
/// source-generation friendly): unknown and duplicate members are refused, nullable annotations and
/// required constructor parameters are enforced, nesting is bounded. Comments and trailing commas are
/// refused (the framework defaults), as RFC 8259 has neither.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = CoordinationJsonReaderOptions.DefaultMaxDepth,
    Converters =
    [
        typeof(IsoLocalDateJsonConverter),
        typeof(IsoLocalTimeJsonConverter),
        typeof(BoundedStringJsonConverter),
        typeof(BoundedUriJsonConverter),
        typeof(IdentifierJsonConverter<ActorId>),
        typeof(IdentifierJsonConverter<PersonId>),
        typeof(IdentifierJsonConverter<TerritoryId>),
        typeof(IdentifierJsonConverter<CoordinationLineId>),
        typeof(IdentifierJsonConverter<MechanismId>),
        typeof(IdentifierJsonConverter<IncidentId>),
        typeof(IdentifierJsonConverter<SupportId>),
        typeof(IdentifierJsonConverter<SourceId>),
        typeof(IdentifierJsonConverter<StatementId>),
        typeof(LanguageTagJsonConverter),
        typeof(CurrencyCodeJsonConverter),
        typeof(MoneyJsonConverter),
        typeof(GeoPointJsonConverter),
        typeof(DatePeriodJsonConverter),
        typeof(ReportedDateJsonConverter),
        typeof(NameJsonConverter),
        typeof(NameSetJsonConverter),
        typeof(CasualtyEstimateJsonConverter),
        typeof(AffectedPartyJsonConverter),
        typeof(PerpetratorJsonConverter),
        typeof(SpeakerJsonConverter),
        typeof(RecordOriginJsonConverter),
        typeof(CamelCaseEnumJsonConverter<ActorKind>),
        typeof(CamelCaseEnumJsonConverter<ActorRelationKind>),
        typeof(CamelCaseEnumJsonConverter<TerritoryKind>),
        typeof(CamelCaseEnumJsonConverter<MembershipKind>),
        typeof(CamelCaseEnumJsonConverter<ControlExtent>),
        typeof(CamelCaseEnumJsonConverter<MechanismKind>),
        typeof(CamelCaseEnumJsonConverter<MechanismStatus>),
        typeof(CamelCaseEnumJsonConverter<ParticipantRole>),
        typeof(CamelCaseEnumJsonConverter<IncidentKind>),
        typeof(CamelCaseEnumJsonConverter<LocationPrecision>),
        typeof(CamelCaseEnumJsonConverter<SupportKind>),
        typeof(CamelCaseEnumJsonConverter<NameKind>),
        typeof(CamelCaseEnumJsonConverter<DatePrecision>),
        typeof(CamelCaseEnumJsonConverter<PartOfDay>),
        typeof(CamelCaseEnumJsonConverter<AffectedPartyKind>),
        typeof(CamelCaseEnumJsonConverter<Attribution>),
        typeof(CamelCaseEnumJsonConverter<AmountQualifier>),
    ])]
[JsonSerializable(typeof(CoordinationCatalogDocument))]
[JsonSerializable(typeof(Incident))]
internal sealed partial class CoordinationJsonContext : JsonSerializerContext;
