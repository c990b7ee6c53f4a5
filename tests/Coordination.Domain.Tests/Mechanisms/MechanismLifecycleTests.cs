using System.Collections.Immutable;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class MechanismLifecycleTests
{
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
}
