using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Coordination.Cli.Commands.Report;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Xunit;
using static Coordination.Cli.Tests.TestHost.Records;

namespace Coordination.Cli.Tests.Commands.Report;

public class MechanismEvidenceReportTests
{
    // Agreed on 2020-08-21, four rooms seen active on 2021-05-31: operational from then on, established implied.
    private static readonly CoordinationMechanism Attested =
        Mechanism("jcc-diyala", (MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-08-21"))))
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-31")), SourceId.Parse("src-rooms"));

    private static SituationReport Report(string asOf, params CoordinationMechanism[] mechanisms) =>
        new SituationReportProjection(new CoordinationCatalog { Actors = [Actor("isf", "Iraqi Security Forces", "ISF"), Actor("peshmerga", "Peshmerga")], Mechanisms = [.. mechanisms] })
            .Project(Date(asOf), "test");

    [Fact]
    public void An_attested_status_shows_its_day_and_the_steps_the_lifecycle_implies()
    {
        var before = Assert.Single(Report("2021-05-30", Attested).Mechanisms);
        var after = Assert.Single(Report("2025-01-01", Attested).Mechanisms);

        Assert.Equal("agreed since 2020-08-21", ReportWords.Status(before));
        Assert.Equal("operational (attested 2021-05-31; established implied)", ReportWords.Status(after));
        Assert.Contains("src-rooms", after.Sources.Concat(Report("2025-01-01", Attested).Sources.Select(s => s.Id)));
    }

    [Fact]
    public void A_change_confirmed_by_a_later_attestation_keeps_its_date_and_shows_the_attestation()
    {
        var mechanism = Mechanism("jcc-kirkuk", (MechanismStatus.Established, ReportedDate.OnDay(Date("2021-05-19"))), (MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-20"))))
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-31")));

        Assert.Equal("operational since 2021-05-20 (attested 2021-05-31)", ReportWords.Status(Assert.Single(Report("2022-01-01", mechanism).Mechanisms)));
        Assert.Equal("operational since 2021-05-20", ReportWords.Status(Assert.Single(Report("2021-05-25", mechanism).Mechanisms)));
    }

    [Fact]
    public void An_inferred_status_is_shown_as_inferred()
    {
        var inference = new Inference { Reasoning = "The rooms met, so they had been set up.", From = [SourceId.Parse("src-rooms")] };
        var mechanism = Attested with { StatusHistory = [Attested.StatusHistory[0] with { Inference = inference }], Attestations = [] };

        Assert.Equal("agreed since 2020-08-21 (inferred)", ReportWords.Status(Assert.Single(Report("2021-01-01", mechanism).Mechanisms)));
    }

    [Fact]
    public void An_undated_proposal_is_listed_on_every_date_with_its_status()
    {
        var mechanism = Mechanism("jcc-ninewa") with { StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed }] };

        var entry = Assert.Single(Report("2010-01-01", mechanism).Mechanisms);

        Assert.Equal(("proposed, not dated by the sources", null), (entry.Status, entry.StatusSince));
    }

    [Fact]
    public void Every_writer_shows_the_evidence_and_the_json_names_it()
    {
        var report = Report("2025-01-01", Attested);
        using var text = new StringWriter();
        using var markdown = new StringWriter();
        using var json = new StringWriter();

        PlainTextReportWriter.Write(report, text);
        MarkdownReportWriter.Write(report, markdown);
        JsonReportWriter.Write(report, json);

        Assert.Contains("operational (attested 2021-05-31; established implied)", text.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("operational (attested 2021-05-31; established implied)", markdown.ToString(), System.StringComparison.Ordinal);
        var entry = JsonNode.Parse(json.ToString())!["mechanisms"]![0]!;
        Assert.Equal(("operational", "2021-05-31", "established"), ((string?)entry["status"], (string?)entry["attestedOn"], (string?)entry["implied"]));
        Assert.False(entry.AsObject().ContainsKey("statusSince"));
        Assert.False(entry.AsObject().ContainsKey("inferred"));
    }
}
