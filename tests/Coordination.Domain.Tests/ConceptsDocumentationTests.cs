using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests;

/// <summary>The examples of docs/concepts.md on casualties, speakers and inferred facts are the code compiled and run here.</summary>
public sealed class ConceptsDocumentationTests
{
    [Theory]
    [InlineData("## Unknown is not zero: casualties", "casualties")]
    [InlineData("## Who speaks: speakers", "speakers")]
    [InlineData("## Stated or inferred", "inferred")]
    public void The_example_in_the_documentation_is_the_code_compiled_here(string heading, string marker)
    {
        Assert.Equal(DocumentedExample.InTests("ConceptsDocumentationTests.cs", $"docs/concepts.md example {marker}"), DocumentedExample.InDocs("concepts.md", heading));
    }

    [Fact]
    public void The_examples_hold_what_the_text_says()
    {
        // docs/concepts.md example casualties: start
        var attack = new Incident
        {
            Id = IncidentId.Parse("qarachogh-2021-12-05"),
            Kind = IncidentKind.ArmedClash,
            Date = ReportedDate.OnDay(new LocalDate(2021, 12, 5)),
            Location = new IncidentLocation { PlaceName = "Qarachogh", Precision = LocationPrecision.NearNamedPlace },
            Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("peshmerga")), Killed: CasualtyEstimate.Exactly(10)), new Casualties(AffectedParty.Civilians)],
            ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(10, 13, 13) },
            Sources = [SourceId.Parse("ucdp-ged")],
        };
        // attack.TotalKilled is 13 (10–13), the reported total; attack.TotalInjured is null: not reported.
        // docs/concepts.md example casualties: end
        Assert.Equal("13 (10–13)", attack.TotalKilled.ToString());
        Assert.Null(attack.TotalInjured);
        Assert.True(new IncidentValidator().Validate(attack).IsValid);

        // docs/concepts.md example speakers: start
        var call = new Statement
        {
            Id = StatementId.Parse("krg-officials-on-jccs"),
            Speaker = Speaker.OfficialsOf(ActorId.Parse("krg")),
            Quote = "Kurdish officials have repeatedly called for joint coordination centres.",
            IsParaphrase = true,
            Source = SourceId.Parse("esta-jcc-article"),
        };
        // docs/concepts.md example speakers: end
        Assert.Equal("officials of krg", call.Speaker.ToString());
        Assert.True(new StatementValidator().Validate(call).IsValid);

        // docs/concepts.md example inferred: start
        var post = new Post
        {
            Actor = ActorId.Parse("cjtf-oir"),
            Title = "Spokesperson",
            Inference = new Inference { Reasoning = "He speaks for the Coalition throughout the article.", From = [SourceId.Parse("esta-jcc-article")] },
        };
        // docs/concepts.md example inferred: end
        Assert.NotNull(post.Inference);
    }
}
