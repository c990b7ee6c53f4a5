using System.Linq;
using Coordination.Domain.Incidents;
using Xunit;
using static Coordination.Domain.Interop.Tests.Ucdp.UcdpRows;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpRowMapperDeathTests
{
    private static (string, string)[] Deaths(string a, string b, string civilians, string unknown, string low, string best, string high) =>
        [("deaths_a", a), ("deaths_b", b), ("deaths_civilians", civilians), ("deaths_unknown", unknown), ("low", low), ("best", best), ("high", high)];

    [Fact]
    public void Best_zero_with_a_higher_high_is_kept()
    {
        var incident = Imported(Row(Deaths("0", "0", "0", "0", "0", "0", "3"))).Incident;
        Assert.Equal(new CasualtyEstimate(0, 0, 3), incident.ReportedTotals?.Killed);
        Assert.All(incident.Casualties, c => Assert.Equal(CasualtyEstimate.Zero, c.Killed));
    }

    [Fact]
    public void Blank_deaths_are_unknown_never_zero()
    {
        var incident = Imported(Row(Deaths("", "", "", "", "", "", ""))).Incident;
        Assert.Empty(incident.Casualties);
        Assert.Null(incident.ReportedTotals);
        Assert.Null(incident.TotalKilled);
    }

    [Fact]
    public void A_party_left_blank_is_not_a_party_with_no_deaths()
    {
        var incident = Imported(Row(Deaths("2", "", "1", "", "3", "4", "6"))).Incident;
        Assert.Equal(2, incident.Casualties.Length);
        Assert.DoesNotContain(incident.Casualties, c => c.Party == AffectedParty.Unidentified);
        Assert.Equal(new CasualtyEstimate(3, 4, 6), incident.ReportedTotals?.Killed);
    }

    [Fact]
    public void A_missing_low_or_high_is_taken_as_best() =>
        Assert.Equal(new CasualtyEstimate(8, 8, 8), Imported(Row(Deaths("2", "5", "1", "0", "", "8", ""))).Incident.ReportedTotals?.Killed);

    [Fact]
    public void Counts_resaved_with_a_zero_fraction_are_read() =>
        Assert.Equal(new CasualtyEstimate(8, 8, 10), Imported(Row(Deaths("2.0", "5", "1", "0", "8.00", "8", "10"))).Incident.ReportedTotals?.Killed);

    [Theory]
    [InlineData("2", "5", "1", "0", "9", "8", "10", "low", "ordered")]
    [InlineData("2", "5", "1", "0", "8", "8", "7", "high", "ordered")]
    [InlineData("2", "5", "1", "1", "8", "8", "10", "best", "= 9, not best (8)")]
    [InlineData("2", "5", "", "4", "8", "8", "10", "best", "above best")]
    [InlineData("", "", "", "", "1", "", "3", "best", "best is blank")]
    [InlineData("-2", "5", "1", "0", "8", "8", "10", "deaths_a", "whole number")]
    [InlineData("2", "5.5", "1", "0", "8", "8", "10", "deaths_b", "whole number")]
    [InlineData("2", "5", "one", "0", "8", "8", "10", "deaths_civilians", "whole number")]
    [InlineData("2", "5", "1", "0", "8", "99999999999", "10", "best", "whole number")]
    [InlineData("2147483647", "2147483647", "", "", "", "", "", "deaths_a", "more than a count can hold")]
    public void Deaths_that_break_ucdps_rules_are_rejected_with_the_reason(string a, string b, string civilians, string unknown, string low, string best, string high, string column, string reason)
    {
        var rejected = Rejected(Row(Deaths(a, b, civilians, unknown, low, best, high)));
        Assert.Equal(column, rejected.Column);
        Assert.Contains(reason, rejected.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_deaths_pass_the_models_own_casualty_rules()
    {
        var incident = Imported(Row()).Incident;
        var result = new IncidentValidator().Validate(incident);
        Assert.DoesNotContain(result.Errors, e => e.ErrorCode is "COORD-INC-004" or "COORD-INC-005" or "COORD-INC-009" or "COORD-INC-010");
        Assert.Equal(incident.ReportedTotals!.Killed!.Value.Best, incident.Casualties.Sum(c => c.Killed!.Value.Best));
    }
}
