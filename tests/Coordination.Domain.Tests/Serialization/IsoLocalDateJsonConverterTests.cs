using System.Buffers;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Serialization.Converters;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class IsoLocalDateJsonConverterTests
{
    // Every ISO date NodaTime supports, years -9998 to 9999.
    private static readonly Arbitrary<LocalDate> Dates =
        Gen.Choose(0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)).Select(LocalDate.MinIsoValue.PlusDays).ToArbitrary();

    [Fact]
    public void The_direct_path_writes_what_NodaTime_writes_and_reads_it_back_for_every_date()
    {
        Prop.ForAll(Dates, date =>
        {
            var written = Write(date);
            Assert.Equal($"\"{LocalDatePattern.Iso.Format(date)}\"", written);
            Assert.Equal(date, Read(written));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("\"2021-02-29\"")]
    [InlineData("\"2021-13-01\"")]
    [InlineData("\"2021-00-10\"")]
    [InlineData("\"2021-1-01\"")]
    [InlineData("\"2021/01/01\"")]
    [InlineData("\"２０２１-01-01\"")]
    [InlineData("\"2021-01-01 \"")]
    public void Text_that_is_not_an_ISO_date_is_refused_with_NodaTime_s_reason(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read(json));
        Assert.Contains("is not a date in the form uuuu-MM-dd", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_date_is_read()
    {
        Assert.Equal(new LocalDate(2021, 5, 1), Read("\"2021\\u002d05-01\""));
    }

    private static string Write(LocalDate date)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            IsoLocalDateJsonConverter.WriteValue(writer, date);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static LocalDate Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return IsoLocalDateJsonConverter.ReadValue(ref reader);
    }
}
