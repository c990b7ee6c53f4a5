using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class MechanismEvidenceJsonTests
{
    private static readonly CoordinationCatalog Golden = GoldenCatalog.Create();

    private static CoordinationMechanism Evidenced
    {
        get
        {
            var mechanism = Golden.Mechanisms[0];
            var source = mechanism.Sources[0];
            var inference = new Inference { Reasoning = "The rooms opened on the day of the first meeting.", From = [source] };
            return mechanism with
            {
                StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed, Sources = [source] }, .. mechanism.StatusHistory.Select(c => c with { Inference = inference })],
                Attestations = [new StatusAttestation { Status = MechanismStatus.Operational, Date = ReportedDate.OnDay(new LocalDate(2021, 5, 31)), Sources = [source], Note = "four rooms active", Inference = inference }],
                Inference = inference,
            };
        }
    }

    private static CoordinationCatalog Catalog => Golden.With(Evidenced);

    [Fact]
    public void Undated_changes_attestations_and_inferences_round_trip()
    {
        var json = CoordinationJson.Serialize(Catalog);

        Assert.Equal(Catalog, CoordinationJson.Deserialize(json));
        Assert.Empty(Catalog.Validate().Errors);
    }

    [Fact]
    public void An_undated_change_has_no_date_member_and_an_empty_attestation_list_is_left_out()
    {
        var mechanism = JsonNode.Parse(CoordinationJson.Serialize(Catalog))!["mechanisms"]![0]!;

        Assert.False(mechanism["statusHistory"]![0]!.AsObject().ContainsKey("date"));
        Assert.Equal("operational", (string?)mechanism["attestations"]![0]!["status"]);
        Assert.Equal("four rooms active", (string?)mechanism["attestations"]![0]!["note"]);
        Assert.NotNull(mechanism["inference"]!["reasoning"]);
        Assert.DoesNotContain("attestations", CoordinationJson.Serialize(Golden), StringComparison.Ordinal);
        Assert.DoesNotContain("inference", CoordinationJson.Serialize(Golden), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"operational"}""", "date")]
    [InlineData("""{"date":{"start":"2021-05-31","end":"2021-05-31","precision":"day"}}""", "status")]
    [InlineData("""{"status":"active","date":{"start":"2021-05-31","end":"2021-05-31","precision":"day"}}""", "attestations[0]")]
    [InlineData("""{"status":"operational","date":{"start":"2021-05-31","end":"2021-05-31","precision":"day"},"seen":true}""", "seen")]
    [InlineData("""{"status":"operational","date":{"start":"2021-05-31","end":"2021-05-31","precision":"day"},"inference":{"from":["esta-2021-05-jcc"]}}""", "reasoning")]
    [InlineData("null", "Element 0 of 'attestations'")]
    public void A_malformed_attestation_is_refused_with_an_error_naming_it(string attestation, string named)
    {
        var document = JsonNode.Parse(CoordinationJson.Serialize(Golden))!;
        document["mechanisms"]![0]!["attestations"] = JsonNode.Parse($"[{attestation}]");

        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(document.ToJsonString()));

        Assert.Contains(named, error.Message + " " + error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_change_without_a_date_is_read_as_undated()
    {
        var document = JsonNode.Parse(CoordinationJson.Serialize(Golden))!;
        document["mechanisms"]![0]!["statusHistory"]![0]!.AsObject().Remove("date");

        var read = CoordinationJson.Deserialize(document.ToJsonString());

        Assert.Null(read.Mechanisms[0].StatusHistory[0].Date);
        Assert.Equal(Golden.Mechanisms[0].StatusHistory[1], read.Mechanisms[0].StatusHistory[1]);
    }
}
