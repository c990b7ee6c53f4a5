using System;
using System.Text.Json;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>One-sided dates, approximate times, period ends with their precision and dates as stated, in JSON.</summary>
public sealed class TemporalJsonTests
{
    private static readonly Coordination.Domain.Catalog.CoordinationCatalog Golden = GoldenCatalog.Create();

    [Theory]
    [InlineData("{\"start\":\"2020-08-21\",\"end\":\"2020-08-21\",\"precision\":\"day\",\"bound\":\"onOrBefore\"}", "on or before 2020-08-21")]
    [InlineData("{\"start\":\"2014-01-01\",\"end\":\"2014-12-31\",\"precision\":\"year\",\"bound\":\"notBefore\"}", "not before 2014")]
    [InlineData("{\"start\":\"2021-05-01\",\"end\":\"2021-05-01\",\"precision\":\"day\",\"timeOfDay\":\"02:00:00\",\"timeApproximate\":true}", "2021-05-01T~02:00")]
    [InlineData("{\"start\":\"2021-05-01\",\"end\":\"2021-05-01\",\"precision\":\"day\",\"timeOfDay\":\"02:00:00\",\"timeApproximate\":true,\"bound\":\"notBefore\"}", "not before 2021-05-01T~02:00")]
    public void A_reported_date_with_a_bound_or_an_approximate_time_is_written_and_read_back(string json, string text)
    {
        var date = JsonSerializer.Deserialize<ReportedDate>(json, CoordinationJson.Options);

        Assert.Equal(text, date.ToString());
        Assert.Equal(json, JsonSerializer.Serialize(date, CoordinationJson.Options));
    }

    [Fact]
    public void The_default_bound_and_an_exact_time_are_omitted_and_may_be_given()
    {
        var date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), new LocalTime(2, 0));
        const string Written = "{\"start\":\"2021-05-01\",\"end\":\"2021-05-01\",\"precision\":\"day\",\"timeOfDay\":\"02:00:00\"}";

        Assert.Equal(Written, JsonSerializer.Serialize(date, CoordinationJson.Options));
        Assert.Equal(date, JsonSerializer.Deserialize<ReportedDate>(
            "{\"start\":\"2021-05-01\",\"end\":\"2021-05-01\",\"precision\":\"day\",\"timeOfDay\":\"02:00:00\",\"timeApproximate\":false,\"bound\":\"within\"}", CoordinationJson.Options));
    }

    [Theory]
    [InlineData("{\"start\":\"2014\"}", "[2014, …)")]
    [InlineData("{\"start\":\"2014-10\"}", "[2014-10, …)")]
    [InlineData("{\"start\":\"2014-10-16\"}", "[2014-10-16, …)")]
    [InlineData("{\"start\":\"2014\",\"end\":\"2017-10-16\"}", "[2014, 2017-10-16)")]
    [InlineData("{\"start\":\"2014-06-12\",\"end\":\"2017-10\"}", "[2014-06-12, 2017-10]")]
    [InlineData("{\"end\":\"2017\"}", "[…, 2017]")]
    [InlineData("{\"start\":\"2017-10\",\"end\":\"2017-10\"}", "[2017-10, 2017-10]")]
    public void A_period_end_is_written_by_its_precision(string json, string text)
    {
        var period = JsonSerializer.Deserialize<DatePeriod>(json, CoordinationJson.Options);

        Assert.Equal(text, period.ToString());
        Assert.Equal(json, JsonSerializer.Serialize(period, CoordinationJson.Options));
    }

    [Fact]
    public void An_end_of_month_precision_is_stored_as_the_first_day_after_that_month()
    {
        var period = JsonSerializer.Deserialize<DatePeriod>("{\"end\":\"2017-10\"}", CoordinationJson.Options);

        Assert.Equal(new LocalDate(2017, 11, 1), period.End);
        Assert.Equal(DatePrecision.Month, period.EndPrecision);
        Assert.Equal(DatePeriod.Through(ReportedDate.InMonth(new YearMonth(2017, 10))), period);
    }

    [Fact]
    public void A_plain_date_still_means_a_day()
    {
        var period = JsonSerializer.Deserialize<DatePeriod>("{\"start\":\"2014-01-01\",\"end\":\"2018-01-01\"}", CoordinationJson.Options);

        Assert.Equal(DatePeriod.Between(new LocalDate(2014, 1, 1), new LocalDate(2018, 1, 1)), period);
        Assert.Equal(DatePrecision.Day, period.StartPrecision);
        Assert.Equal(DatePrecision.Day, period.EndPrecision);
    }

    [Theory]
    [InlineData("{\"start\":\"2014-13\"}", "'2014-13' is not a year")]
    [InlineData("{\"start\":\"2014-00\"}", "'2014-00' is not a year")]
    [InlineData("{\"start\":\"0000\"}", "'0000' is not a year")]
    [InlineData("{\"start\":\"20x4\"}", "'20x4' is not a year")]
    [InlineData("{\"start\":\"2014-10-16T00:00\"}", "'2014-10-16T00:00' is not a date")]
    [InlineData("{\"start\":\"2014/10\"}", "'2014/10' is not a year")]
    [InlineData("{\"start\":\"201\"}", "'201' is not a date")]
    [InlineData("{\"end\":\"9999-12\"}", "last of the calendar")]
    [InlineData("{\"start\":\"2015\",\"end\":\"2014\"}", "must be after its start")]
    public void A_malformed_period_end_is_refused_with_its_path(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DatePeriod>(json, CoordinationJson.Options));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void A_date_as_stated_is_written_when_given_and_omitted_when_not()
    {
        var statement = Golden.Statements[0] with { Date = ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.OnDay(new LocalDate(2021, 5, 3))), DateAsStated = "on Sunday" };
        var catalog = Golden.With(statement);
        var json = CoordinationJson.Serialize(catalog);

        Assert.Contains("\"dateAsStated\":\"on Sunday\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dateAsStated", CoordinationJson.Serialize(Golden), StringComparison.Ordinal);
        Assert.Equal(catalog, CoordinationJson.Deserialize(json));
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Every_reported_date_round_trips(ReportedDate date) =>
        JsonSerializer.Deserialize<ReportedDate>(JsonSerializer.Serialize(date, CoordinationJson.Options), CoordinationJson.Options) == date;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Every_period_round_trips_with_its_precisions(DatePeriod period)
    {
        var read = JsonSerializer.Deserialize<DatePeriod>(JsonSerializer.Serialize(period, CoordinationJson.Options), CoordinationJson.Options);
        return read == period && read.StartPrecision == period.StartPrecision && read.EndPrecision == period.EndPrecision;
    }
}
