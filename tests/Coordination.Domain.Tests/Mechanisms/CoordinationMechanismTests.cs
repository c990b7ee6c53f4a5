using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class CoordinationMechanismTests
{
    private static readonly ReportedDate May2021 = ReportedDate.InMonth(new YearMonth(2021, 5));

    [Fact]
    public void Status_on_a_date_before_the_first_reported_change_is_unknown()
    {
        Assert.Null(ArticleFacts.Jccc.StatusOn(new LocalDate(2014, 12, 31)));
    }

    [Fact]
    public void The_JCCC_established_in_2015_counts_as_established_from_the_first_day_of_2015()
    {
        Assert.Equal(MechanismStatus.Established, ArticleFacts.Jccc.StatusOn(new LocalDate(2015, 1, 1)));
        Assert.Equal(MechanismStatus.Established, ArticleFacts.Jccc.StatusOn(new LocalDate(2021, 3, 1)));
        Assert.Equal(MechanismStatus.Established, ArticleFacts.Jccc.CurrentStatus);
    }

    [Fact]
    public void A_proposed_JCC_goes_through_agreed_established_and_operational_and_reports_each_on_its_date()
    {
        var jcc = ArticleFacts.ProposedJcc("kirkuk", "Kirkuk", ArticleFacts.Kirkuk)
            .WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(new LocalDate(2021, 5, 10)))
            .WithStatus(MechanismStatus.Established, ReportedDate.OnDay(new LocalDate(2021, 5, 20)))
            .WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 5, 23)));

        Assert.Equal(MechanismStatus.Proposed, jcc.StatusOn(new LocalDate(2021, 5, 9)));
        Assert.Equal(MechanismStatus.Agreed, jcc.StatusOn(new LocalDate(2021, 5, 19)));
        Assert.Equal(MechanismStatus.Established, jcc.StatusOn(new LocalDate(2021, 5, 22)));
        Assert.Equal(MechanismStatus.Operational, jcc.StatusOn(new LocalDate(2021, 5, 23)));
        Assert.Equal(4, jcc.StatusHistory.Length);
    }

    [Fact]
    public void WithStatus_refuses_a_transition_the_lifecycle_forbids_and_says_which()
    {
        var jcc = ArticleFacts.ProposedJcc("diyala", "Diyala", ArticleFacts.Diyala).WithStatus(MechanismStatus.Operational, May2021);

        var error = Assert.Throws<LifecycleViolationException>(() => jcc.WithStatus(MechanismStatus.Proposed, May2021));

        Assert.Contains("jcc-diyala", error.Message, StringComparison.Ordinal);
        Assert.Contains("Operational → Proposed", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, jcc.StatusHistory.Length);
    }

    [Fact]
    public void WithStatus_refuses_a_change_dated_before_the_last_one()
    {
        var error = Assert.Throws<LifecycleViolationException>(() =>
            ArticleFacts.Jccc.WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2014, 12, 31))));

        Assert.Contains("dated before", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_leaves_dissolved()
    {
        var dissolved = ArticleFacts.Jccc.WithStatus(MechanismStatus.Dissolved, ReportedDate.InYear(2022));

        foreach (var status in Enum.GetValues<MechanismStatus>())
        {
            Assert.Throws<LifecycleViolationException>(() => dissolved.WithStatus(status, ReportedDate.InYear(2023)));
        }
    }

    [Fact]
    public void Parties_are_the_distinct_actors_in_the_role_party()
    {
        Assert.Equal([ArticleFacts.MinistryOfPeshmerga, ArticleFacts.Joc], ArticleFacts.LiaisonAtJoc.Parties);
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) })]
    public Property Any_legal_sequence_is_accepted_and_StatusOn_returns_the_last_status_at_or_before_the_date(ImmutableArray<StatusChange> history, int shift)
    {
        var mechanism = history.Aggregate(ArticleFacts.Jccc with { StatusHistory = [] }, (m, change) => m.WithStatus(change.Status, change.Date, change.Sources));
        var date = history.First(c => c.Date is not null).Date!.Value.Earliest.PlusDays((shift % 8000) - 100);
        var expected = history.LastOrDefault(c => c.Date is { } d && d.Earliest <= date)?.Status;

        return (mechanism.StatusHistory.SequenceEqual(history) && mechanism.StatusOn(date) == expected)
            .Label($"on {date}: expected {expected?.ToString() ?? "none"}, got {mechanism.StatusOn(date)?.ToString() ?? "none"}");
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) })]
    public Property WithStatus_accepts_exactly_the_changes_the_lifecycle_allows(ImmutableArray<StatusChange> history, byte next, sbyte shift)
    {
        var mechanism = ArticleFacts.Jccc with { StatusHistory = history };
        var last = history[^1];
        var status = (MechanismStatus)(next % 6);
        var date = ReportedDate.OnDay(last.Date!.Value.Earliest.PlusDays(shift));
        var legal = MechanismLifecycle.IsReachable(last.Status, status) && shift >= 0;

        Exception? error = null;
        try
        {
            mechanism.WithStatus(status, date);
        }
        catch (LifecycleViolationException e)
        {
            error = e;
        }

        return (legal == (error is null)).Label($"{last.Status} on {last.Date} → {status} on {date}: legal {legal}, refused {error is not null}");
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) })]
    public bool Any_illegal_transition_appended_to_a_legal_history_is_refused(ImmutableArray<StatusChange> history)
    {
        var mechanism = ArticleFacts.Jccc with { StatusHistory = history };
        var last = history[^1];
        return Enum.GetValues<MechanismStatus>()
            .Where(s => !MechanismLifecycle.IsReachable(last.Status, s))
            .All(s => Throws(() => mechanism.WithStatus(s, last.Date)));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (LifecycleViolationException)
        {
            return true;
        }
    }
}
