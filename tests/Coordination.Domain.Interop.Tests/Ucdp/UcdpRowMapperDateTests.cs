using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Ucdp.UcdpRows;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpRowMapperDateTests
{
    private static ReportedDate DateOf(string start, string end, string precision) =>
        Imported(Row(("date_start", start), ("date_end", end), ("date_prec", precision))).Incident.Date;

    [Theory]
    [InlineData("1991-11-24 00:00:00.000")]
    [InlineData("1991-11-24T00:00:00")]
    [InlineData("1991-11-24 00:00")]
    [InlineData(" 1991-11-24 ")]
    public void A_date_start_with_a_time_part_is_read_to_the_day(string start) =>
        Assert.Equal(ReportedDate.OnDay(new LocalDate(1991, 11, 24)), DateOf(start, "1991-11-24 00:00:00.000", "1"));

    [Fact]
    public void A_blank_date_end_is_the_start() =>
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2017, 9, 21)), DateOf("2017-09-21", "", "1"));

    [Fact]
    public void A_span_of_two_to_six_days_is_a_week_precision_date() =>
        Assert.Equal(ReportedDate.InWeek(new LocalDate(2017, 9, 19), new LocalDate(2017, 9, 21)), DateOf("2017-09-19", "2017-09-21", "2"));

    [Fact]
    public void A_known_week_is_a_week_precision_date() =>
        Assert.Equal(ReportedDate.InWeek(new LocalDate(2017, 9, 18), new LocalDate(2017, 9, 24)), DateOf("2017-09-18", "2017-09-24", "3"));

    [Fact]
    public void A_known_month_is_a_month_precision_date() =>
        Assert.Equal(ReportedDate.InMonth(new YearMonth(2017, 9)), DateOf("2017-09-01", "2017-09-30", "4"));

    [Fact]
    public void Date_prec_4_widens_a_shorter_range_to_its_month() =>
        Assert.Equal(ReportedDate.InMonth(new YearMonth(2017, 9)), DateOf("2017-09-15", "2017-09-15", "4"));

    [Fact]
    public void A_known_year_is_a_year_precision_date()
    {
        Assert.Equal(ReportedDate.InYear(2016), DateOf("2016-01-01", "2016-12-31", "5"));
        Assert.Equal(ReportedDate.InYear(2016), DateOf("2016-03-01", "2016-03-31", "5"));
        Assert.Equal(ReportedDate.InYear(2016), DateOf("2016-01-01", "2016-12-31", ""));
    }

    [Fact]
    public void A_longer_span_that_is_not_whole_months_widens_to_the_months_it_touches()
    {
        var date = DateOf("2017-09-20", "2017-10-05", "1");
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(new DateRange(new LocalDate(2017, 9, 1), new LocalDate(2017, 10, 31)), date.Range);
    }

    [Fact]
    public void Date_prec_does_not_narrow_a_range_it_contradicts() =>
        Assert.Equal(ReportedDate.InWeek(new LocalDate(2017, 9, 19), new LocalDate(2017, 9, 21)), DateOf("2017-09-19", "2017-09-21", "1"));

    [Theory]
    [InlineData("0025-05-16", "", "1", "date_start", "0025")]
    [InlineData("2017-02-30", "", "1", "date_start", "calendar")]
    [InlineData("16/05/2017", "", "1", "date_start", "yyyy-mm-dd")]
    [InlineData("2017-05-16 garbage", "", "1", "date_start", "yyyy-mm-dd")]
    [InlineData("", "2017-05-16", "1", "date_start", "required")]
    [InlineData("2017-05-16", "2017-05-15", "1", "date_end", "before")]
    [InlineData("2017-05-16", "2201-01-01", "1", "date_end", "2201")]
    [InlineData("2017-05-16", "", "6", "date_prec", "1 (exact date)")]
    [InlineData("2017-05-16", "", "day", "date_prec", "1 (exact date)")]
    public void A_malformed_or_impossible_date_is_rejected_naming_its_column(string start, string end, string precision, string column, string reason)
    {
        var rejected = Rejected(Row(("date_start", start), ("date_end", end), ("date_prec", precision)));
        Assert.Equal(column, rejected.Column);
        Assert.Contains(reason, rejected.Reason, System.StringComparison.Ordinal);
    }
}
