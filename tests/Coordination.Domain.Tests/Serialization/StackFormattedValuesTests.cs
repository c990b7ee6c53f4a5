using System.Buffers;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Serialization;
using Coordination.Domain.Serialization.Converters;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// The values written from buffers on the stack instead of strings (a time of day, a month or year end of a
/// period) against NodaTime's patterns, which wrote them before.
/// </summary>
public sealed class StackFormattedValuesTests
{
    // Every time of day to the nanosecond, with whole seconds and round fractions mixed in.
    private static readonly Arbitrary<LocalTime> Times =
        Gen.OneOf(
            Gen.Choose(0, 86_399).Select(s => LocalTime.Midnight.PlusSeconds(s)),
            from s in Gen.Choose(0, 86_399) from n in Gen.Choose(1, 999_999_999) select LocalTime.Midnight.PlusSeconds(s).PlusNanoseconds(n),
            from s in Gen.Choose(0, 86_399) from ms in Gen.Choose(1, 999) select LocalTime.Midnight.PlusSeconds(s).PlusMilliseconds(ms))
        .ToArbitrary();

    [Fact]
    public void A_time_of_day_is_written_as_the_extended_ISO_pattern_formats_it()
    {
        Prop.ForAll(Times, time => Assert.Equal($"\"{LocalTimePattern.ExtendedIso.Format(time)}\"", Write(w => IsoLocalTimeJsonConverter.WriteValue(w, time)))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_ends_of_a_period_are_written_as_NodaTime_formats_them_at_their_precision()
    {
        Prop.ForAll(ValueGenerators.DatePeriods.ToArbitrary(), period =>
        {
            var expected = new StringBuilder("{");
            if (period.Start is { } start)
            {
                expected.Append("\"start\":\"").Append(Format(start, period.StartPrecision)).Append('"');
            }

            if (period.End is { } end)
            {
                expected.Append(period.Start is null ? "" : ",").Append("\"end\":\"").Append(Format(period.EndPrecision == DatePrecision.Day ? end : end.PlusDays(-1), period.EndPrecision)).Append('"');
            }

            Assert.Equal(expected.Append('}').ToString(), Write(w => new DatePeriodJsonConverter().Write(w, period, CoordinationJson.Options)));
        }).QuickCheckThrowOnFailure();
    }

    private static string Format(LocalDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => LocalDatePattern.CreateWithInvariantCulture("uuuu").Format(date),
        DatePrecision.Month => LocalDatePattern.CreateWithInvariantCulture("uuuu-MM").Format(date),
        _ => LocalDatePattern.Iso.Format(date),
    };

    private static string Write(System.Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
