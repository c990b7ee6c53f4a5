using System.Linq;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>The JSON of unreported casualties, reported totals, speakers and inferences: all optional, 1.0 forms still read.</summary>
public sealed class FactsJsonTests
{
    private static CoordinationCatalog RoundTrip(CoordinationCatalog catalog) => CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog));

    private static JsonNode Written(CoordinationCatalog catalog) => JsonNode.Parse(CoordinationJson.Serialize(catalog))!;

    [Fact]
    public void A_speaker_of_version_1_0_reads_as_a_person_and_a_person_is_written_as_before()
    {
        var catalog = CoordinationJson.Deserialize("""{"schemaVersion":"1.0","statements":[{"id":"s","speaker":"wayne-marotto","quote":"q","source":"a"}]}""");

        var speaker = catalog.Statements[0].Speaker!.Value;
        Assert.Equal((SpeakerKind.Person, PersonId.Parse("wayne-marotto"), (ActorId?)null), (speaker.Kind, speaker.Person!.Value, speaker.Actor));
        Assert.Equal("wayne-marotto", (string?)Written(catalog)["statements"]![0]!["speaker"]);
    }

    [Theory]
    [InlineData("institution")]
    [InlineData("officialsOf")]
    public void Institutions_and_unnamed_officials_are_written_as_objects_and_read_back(string member)
    {
        var krg = ActorId.Parse("krg");
        var speaker = member == "institution" ? Speaker.Institution(krg) : Speaker.OfficialsOf(krg);
        var catalog = new CoordinationCatalog { Statements = [ArticleFacts.MarottoOnJccs with { Speaker = speaker }] };

        var written = Written(catalog)["statements"]![0]!["speaker"]!.AsObject();

        Assert.Equal([member], written.Select(p => p.Key));
        Assert.Equal("krg", (string?)written[member]);
        Assert.Equal(catalog, RoundTrip(catalog));
    }

    [Fact]
    public void A_figure_not_reported_is_omitted_and_reads_back_as_not_reported()
    {
        var catalog = new CoordinationCatalog { Incidents = [ArticleFacts.PrdeAttack with { Casualties = [new Casualties(AffectedParty.Civilians, Injured: CasualtyEstimate.Zero)] }] };

        var casualties = Written(catalog)["incidents"]![0]!["casualties"]![0]!.AsObject();

        Assert.Equal(["party", "injured"], casualties.Select(p => p.Key));
        var read = RoundTrip(catalog).Incidents[0].Casualties[0];
        Assert.Null(read.Killed);
        Assert.Equal(CasualtyEstimate.Zero, read.Injured);
    }

    [Fact]
    public void Reported_totals_and_inferences_round_trip_and_are_omitted_when_absent()
    {
        var inference = new Inference { Reasoning = "The article dates the attack by the week.", From = [ArticleFacts.Esta] };
        var incident = ArticleFacts.PrdeAttack with
        {
            ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(3, 3, 4), Sources = [ArticleFacts.Esta] },
            Inference = inference,
        };
        var catalog = new CoordinationCatalog { Incidents = [incident] };

        var written = Written(catalog)["incidents"]![0]!;

        Assert.Equal(4, (int)written["reportedTotals"]!["killed"]!["high"]!);
        Assert.False(written["reportedTotals"]!.AsObject().ContainsKey("injured"));
        Assert.Equal("esta-jcc-article", (string?)written["inference"]!["from"]![0]);
        Assert.Equal(catalog, RoundTrip(catalog));
        var plain = Written(new CoordinationCatalog { Incidents = [ArticleFacts.PrdeAttack] })["incidents"]![0]!.AsObject();
        Assert.False(plain.ContainsKey("reportedTotals") || plain.ContainsKey("inference"));
    }
}
