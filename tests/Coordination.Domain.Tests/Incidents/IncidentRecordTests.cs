using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Incidents;

public sealed class IncidentRecordTests
{
    private static readonly Casualties IsisKilled = new(AffectedParty.Of(ArticleFacts.Isis), CasualtyEstimate.Exactly(4), CasualtyEstimate.Exactly(1));
    private static readonly Casualties CiviliansHurt = new(AffectedParty.Civilians, null, CasualtyEstimate.Exactly(2));
    private static readonly Casualties Unknown = new(AffectedParty.Unidentified);

    private static Incident FullIncident() => ArticleFacts.PrdeAttack with
    {
        Location = new IncidentLocation { PlaceName = "Prde", Territory = ArticleFacts.Prde, Point = new GeoPoint(35.74, 44.12), Precision = LocationPrecision.NearNamedPlace },
        Summary = "An attack.",
        ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(5), Injured = new CasualtyEstimate(1, 2, 3), Sources = [ArticleFacts.Esta] },
        Casualties = [IsisKilled, CiviliansHurt],
        Sources = [ArticleFacts.Esta],
        Inference = new Inference { Reasoning = "From the article.", From = [ArticleFacts.Esta] },
        Origin = new RecordOrigin { DataSet = "ACLED", EventId = "IRQ1", Fields = [new OriginField("event_id_cnty", "IRQ1")] },
    };

    [Fact]
    public void Incident_and_its_parts_compare_every_member_and_read_default_arrays_as_empty()
    {
        var incident = FullIncident();

        Assert.Empty(RecordContracts.EqualityBreaches(incident));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(incident));
        Assert.Empty(RecordContracts.EqualityBreaches(incident.ReportedTotals!));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(incident.ReportedTotals!));
        Assert.Empty(RecordContracts.EqualityBreaches(incident.Location));
    }

    [Fact]
    public void Reported_totals_win_and_otherwise_the_parties_are_summed_with_gaps_flagged()
    {
        var reported = FullIncident();
        var summed = reported with { ReportedTotals = null };
        var killedOnly = reported with { ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(5) } };

        Assert.Equal((CasualtyEstimate.Exactly(5), new CasualtyEstimate(1, 2, 3)), (reported.TotalKilled, reported.TotalInjured));
        Assert.Equal((CasualtyEstimate.Exactly(4), CasualtyEstimate.Exactly(3)), (summed.TotalKilled, summed.TotalInjured));
        Assert.Equal(CasualtyEstimate.Exactly(3), killedOnly.TotalInjured);
        Assert.False(reported.IsTotalKilledPartial);
        Assert.False(reported.IsTotalInjuredPartial);
        Assert.True(summed.IsTotalKilledPartial);   // the civilians' dead were not given
        Assert.False(summed.IsTotalInjuredPartial); // both parties' injured were
        Assert.True(killedOnly.IsTotalKilledPartial is false && killedOnly.IsTotalInjuredPartial is false);
    }

    [Fact]
    public void A_toll_is_partial_when_any_party_lacks_it_however_many_give_it()
    {
        var threeGiven = FullIncident() with { ReportedTotals = null, Casualties = [IsisKilled, IsisKilled, IsisKilled] };
        var threeGivenOneNot = threeGiven with { Casualties = [IsisKilled, IsisKilled, IsisKilled, Unknown] };
        var noneGiven = threeGiven with { Casualties = [Unknown, Unknown, Unknown] };

        Assert.False(threeGiven.IsTotalKilledPartial);
        Assert.True(threeGivenOneNot.IsTotalKilledPartial);
        Assert.True(threeGivenOneNot with { Casualties = [Unknown, Unknown, Unknown, IsisKilled] } is { IsTotalKilledPartial: true });
        Assert.False(noneGiven.IsTotalKilledPartial);
        Assert.Null(noneGiven.TotalKilled);
        Assert.Equal(CasualtyEstimate.Exactly(12), threeGiven.TotalKilled);
    }

    [Fact]
    public void An_estimate_prints_as_one_number_only_when_exact()
    {
        Assert.Equal("3", CasualtyEstimate.Exactly(3).ToString());
        Assert.Equal("2 (1–3)", new CasualtyEstimate(1, 2, 3).ToString());
        Assert.Equal("2 (2–3)", new CasualtyEstimate(2, 2, 3).ToString());
        Assert.Equal("3 (1–3)", new CasualtyEstimate(1, 3, 3).ToString());
        Assert.Equal("0", CasualtyEstimate.Zero.ToString());
    }

    [Fact]
    public void A_party_prints_as_its_actor_or_its_kind()
    {
        Assert.Equal("isis", AffectedParty.Of(ArticleFacts.Isis).ToString());
        Assert.Equal(string.Empty, default(AffectedParty).ToString());
        Assert.NotEqual(AffectedParty.Civilians.ToString(), AffectedParty.Unidentified.ToString());
    }
}
