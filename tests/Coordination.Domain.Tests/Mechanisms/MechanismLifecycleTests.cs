using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class MechanismLifecycleTests
{
    private static readonly LocalDate Day = new(2021, 5, 10);

    [Theory]
    [InlineData(MechanismStatus.Proposed, MechanismStatus.Agreed, true)]
    [InlineData(MechanismStatus.Agreed, MechanismStatus.Established, true)]
    [InlineData(MechanismStatus.Established, MechanismStatus.Operational, true)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Suspended, true)]
    [InlineData(MechanismStatus.Suspended, MechanismStatus.Operational, true)]
    [InlineData(MechanismStatus.Proposed, MechanismStatus.Dissolved, true)]
    [InlineData(MechanismStatus.Suspended, MechanismStatus.Dissolved, true)]
    [InlineData(MechanismStatus.Proposed, MechanismStatus.Established, false)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Established, false)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Operational, false)]
    [InlineData(MechanismStatus.Dissolved, MechanismStatus.Proposed, false)]
    [InlineData(MechanismStatus.Dissolved, MechanismStatus.Dissolved, false)]
    public void IsAllowed_follows_the_lifecycle(MechanismStatus from, MechanismStatus to, bool allowed)
    {
        Assert.Equal(allowed, MechanismLifecycle.IsAllowed(from, to));
    }

    [Fact]
    public void FindViolation_reports_the_index_of_the_first_bad_entry_and_never_throws_on_nulls()
    {
        ImmutableArray<StatusChange?> history =
        [
            new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InYear(2020) },
            null,
        ];

        var violation = MechanismLifecycle.FindViolation(history);

        Assert.Equal(1, violation?.Index);
        Assert.Null(MechanismLifecycle.StatusOn(history, new LocalDate(2019, 1, 1)));
        Assert.Equal(MechanismStatus.Proposed, MechanismLifecycle.StatusOn(history, new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void A_null_entry_is_a_missing_change_with_no_statuses()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Proposed, 0), null]);

        Assert.Equal(new LifecycleViolation { Index = 1, Kind = LifecycleViolationKind.MissingChange, Message = "A status change may not be null." }, violation);
    }

    [Fact]
    public void An_undefined_status_is_reported_with_that_status_even_as_the_first_entry()
    {
        var violation = MechanismLifecycle.FindViolation([Change((MechanismStatus)9, 0)]);

        Assert.Equal(new LifecycleViolation { Index = 0, Kind = LifecycleViolationKind.UndefinedStatus, To = (MechanismStatus)9, Message = "9 is not a defined status." }, violation);
    }

    [Fact]
    public void A_forbidden_transition_names_both_statuses_and_what_the_lifecycle_allows()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Proposed, 0), Change(MechanismStatus.Operational, 1), Change(MechanismStatus.Agreed, 2)]);

        Assert.Equal(
            new LifecycleViolation
            {
                Index = 2, Kind = LifecycleViolationKind.ForbiddenTransition, From = MechanismStatus.Operational, To = MechanismStatus.Agreed,
                Message = "The lifecycle does not allow Operational → Agreed; from Operational it reaches Suspended or Dissolved.",
            },
            violation);
    }

    [Fact]
    public void Leaving_dissolved_is_a_forbidden_transition_to_nothing()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Dissolved, 0), Change(MechanismStatus.Proposed, 1)]);

        Assert.Equal(LifecycleViolationKind.ForbiddenTransition, violation?.Kind);
        Assert.Equal((1, MechanismStatus.Dissolved, MechanismStatus.Proposed), (violation!.Index, violation.From, violation.To));
        Assert.EndsWith("from Dissolved it reaches nothing.", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_following_itself_is_a_repeated_status()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Operational, 0), Change(MechanismStatus.Operational, 3)]);

        Assert.Equal(
            new LifecycleViolation
            {
                Index = 1, Kind = LifecycleViolationKind.RepeatedStatus, From = MechanismStatus.Operational, To = MechanismStatus.Operational,
                Message = "The lifecycle does not allow Operational → Operational; from Operational it reaches Suspended or Dissolved.",
            },
            violation);
    }

    [Fact]
    public void A_change_dated_before_the_one_it_follows_is_out_of_order()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Proposed, 0), Change(MechanismStatus.Agreed, -1)]);

        Assert.Equal(
            new LifecycleViolation
            {
                Index = 1, Kind = LifecycleViolationKind.OutOfOrder, From = MechanismStatus.Proposed, To = MechanismStatus.Agreed,
                Message = "Agreed on 2021-05-09 is dated before the Proposed it follows (2021-05-10).",
            },
            violation);
    }

    [Fact]
    public void A_forbidden_transition_that_is_also_backdated_is_reported_as_the_transition()
    {
        var violation = MechanismLifecycle.FindViolation([Change(MechanismStatus.Operational, 0), Change(MechanismStatus.Agreed, -1)]);

        Assert.Equal(LifecycleViolationKind.ForbiddenTransition, violation?.Kind);
    }

    [Fact]
    public void Empty_and_null_histories_have_no_violation()
    {
        Assert.Null(MechanismLifecycle.FindViolation([]));
        Assert.Null(MechanismLifecycle.FindViolation(null!));
    }

    [Fact]
    public void The_exception_of_WithStatus_carries_the_violation_the_checker_finds()
    {
        var jcc = ArticleFacts.ProposedJcc("diyala", "Diyala", ArticleFacts.Diyala).WithStatus(MechanismStatus.Operational, ReportedDate.InYear(2022));

        var error = Assert.Throws<LifecycleViolationException>(() => jcc.WithStatus(MechanismStatus.Agreed, ReportedDate.InYear(2023)));

        Assert.Equal(MechanismLifecycle.FindViolation([.. jcc.StatusHistory, Change(MechanismStatus.Agreed, 0) with { Date = ReportedDate.InYear(2023) }]), error.Violation);
        Assert.Equal((2, LifecycleViolationKind.ForbiddenTransition, MechanismStatus.Operational, MechanismStatus.Agreed), (error.Violation!.Index, error.Violation.Kind, error.Violation.From, error.Violation.To));
        Assert.Equal($"Mechanism 'jcc-diyala': {error.Violation.Message}", error.Message);
    }

    [Fact]
    public void The_example_of_the_concepts_page_holds()
    {
        var jcc = ArticleFacts.ProposedJcc("kirkuk", "Kirkuk", ArticleFacts.Kirkuk);
        ImmutableArray<MechanismStatus>? next = null;

        // As in docs/concepts.md, "The lifecycle of a coordination mechanism".
        jcc = jcc.WithStatus(MechanismStatus.Operational, ReportedDate.InYear(2022)); // legal: agreed and established are implied
        try
        {
            jcc = jcc.WithStatus(MechanismStatus.Agreed, ReportedDate.InYear(2023));
        }
        catch (LifecycleViolationException e) when (e.Violation is { Kind: LifecycleViolationKind.ForbiddenTransition } violation)
        {
            Assert.Equal((MechanismStatus.Operational, MechanismStatus.Agreed, 2), (violation.From, violation.To, violation.Index));
            next = MechanismLifecycle.Successors(violation.From!.Value);
        }

        Assert.Equal([MechanismStatus.Suspended, MechanismStatus.Dissolved], next!.Value);
        Assert.Equal(
            [MechanismStatus.Proposed, MechanismStatus.Agreed, MechanismStatus.Established, MechanismStatus.Operational],
            jcc.Timeline.Select(s => s.Status));
        Assert.Equal([false, true, true, false], jcc.Timeline.Select(s => s.IsImplied));
    }

    [Fact]
    public void An_exception_created_without_a_violation_has_none()
    {
        Assert.Null(new LifecycleViolationException("x").Violation);
        Assert.Throws<ArgumentNullException>(() => new LifecycleViolationException("x", (LifecycleViolation)null!));
    }

    [Fact]
    public void The_generated_histories_reach_every_kind_of_violation_and_legal_histories()
    {
        var kinds = Histories().Sample(2000).Select(h => MechanismLifecycle.FindViolation(h)?.Kind).ToHashSet();

        Assert.Equal([null, LifecycleViolationKind.UndefinedStatus, LifecycleViolationKind.ForbiddenTransition, LifecycleViolationKind.RepeatedStatus, LifecycleViolationKind.OutOfOrder], kinds.OrderBy(k => k ?? (LifecycleViolationKind)(-1)));
    }

    [Property(MaxTest = 500)]
    public Property The_first_violation_is_the_first_entry_that_breaks_a_rule_and_none_means_every_pair_is_allowed()
    {
        return Prop.ForAll(Histories().ToArbitrary(), history =>
        {
            var expected = Enumerable.Range(0, history.Length)
                .Where(i => !Enum.IsDefined(history[i].Status)
                    || (i > 0 && (!MechanismLifecycle.IsReachable(history[i - 1].Status, history[i].Status) || history[i].Date!.Value.Earliest < history[i - 1].Date!.Value.Earliest)))
                .Select(i => (int?)i)
                .FirstOrDefault();
            var violation = MechanismLifecycle.FindViolation(history);
            return (violation?.Index == expected && (violation is null || (violation.To == history[violation.Index].Status
                    && violation.From == (violation.Kind == LifecycleViolationKind.UndefinedStatus ? null : history[violation.Index - 1].Status))))
                .Label($"expected {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, found {violation?.ToString() ?? "none"}");
        });
    }

    [Property(MaxTest = 500)]
    public Property WithStatus_accepts_a_history_exactly_when_it_has_no_violation_and_throws_the_violation_the_checker_returns()
    {
        return Prop.ForAll(Histories().ToArbitrary(), history =>
        {
            var expected = MechanismLifecycle.FindViolation(history);
            var mechanism = ArticleFacts.Jccc with { StatusHistory = [] };
            LifecycleViolation? thrown = null;
            try
            {
                foreach (var change in history)
                {
                    mechanism = mechanism.WithStatus(change.Status, change.Date, change.Sources);
                }
            }
            catch (LifecycleViolationException e)
            {
                thrown = e.Violation ?? throw new InvalidOperationException("WithStatus threw without a violation.", e);
            }

            return (Equals(expected, thrown) && (thrown is not null || mechanism.StatusHistory.SequenceEqual(history)))
                .Classify(expected is null, "accepted")
                .Label($"checker: {expected?.ToString() ?? "none"}; WithStatus: {thrown?.ToString() ?? "none"}");
        });
    }

    private static StatusChange Change(MechanismStatus status, int days) => new() { Status = status, Date = ReportedDate.OnDay(Day.PlusDays(days)) };

    // Histories of one to six changes: mostly legal steps, with now and then a status the lifecycle
    // forbids (or repeats), an undefined status, or a change dated before the previous one.
    private static Gen<ImmutableArray<StatusChange>> Histories() =>
        from length in Gen.Choose(1, 6)
        from steps in Gen.ArrayOf(from pick in Gen.Choose(0, 99) from status in Gen.Choose(0, 6) from days in Gen.Choose(0, 400) select (pick, status, days), length)
        select Build(steps);

    private static ImmutableArray<StatusChange> Build((int Pick, int Status, int Days)[] steps)
    {
        var history = ImmutableArray.CreateBuilder<StatusChange>();
        var date = Day;
        foreach (var (pick, status, days) in steps)
        {
            var successors = history.Count == 0 ? [.. Enum.GetValues<MechanismStatus>()] : MechanismLifecycle.Successors(history[^1].Status);
            var next = pick < 75 && !successors.IsEmpty ? successors[status % successors.Length]
                : pick < 85 && history.Count > 0 ? history[^1].Status
                : (MechanismStatus)status;
            date = pick % 11 == 0 ? date.PlusDays(-1 - (days % 30)) : date.PlusDays(days);
            history.Add(new StatusChange { Status = next, Date = ReportedDate.OnDay(date) });
        }

        return history.ToImmutable();
    }
}
