using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Interop.Places;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>
/// The edges of <see cref="AcledRowMapper"/> that a full file never reaches: what each actor check says, a reduced file
/// whose checked column is its first, the last timestamp, a party named twice, the country checks one pair at a time,
/// and a mapper given files with different headers.
/// </summary>
public sealed class AcledRowMapperEdgeTests
{
    [Theory]
    [InlineData("actor1", "", "inter1", "8", "inter1 gives an actor type but actor1 is empty.")]
    [InlineData("actor1", "Unknown Militia", "inter1", "0", "actor1 is named, so inter1 must give its type (1 to 8).")]
    [InlineData("actor2", "", "inter2", "2", "inter2 gives an actor type but actor2 is empty.")]
    [InlineData("actor2", "Unknown Militia", "inter2", "0", "actor2 is named, so inter2 must give its type (1 to 8).")]
    public void An_actor_and_its_type_that_disagree_are_rejected_saying_which_is_missing(string actorColumn, string actor, string interColumn, string inter, string reason)
    {
        var values = Sample();
        (values[actorColumn], values[interColumn], values["interaction"]) = (actor, inter, "");

        Assert.Equal(reason, Rejected(Map(values), interColumn).Reason);
    }

    // Each check of a pair of columns runs only when the file has both; a column at index 0 is in the file.
    [Theory]
    [InlineData("inter1", "actor1", "", "inter1")]
    [InlineData("actor1", "actor1", "", "inter1")]
    [InlineData("inter2", "actor2", "", "inter2")]
    [InlineData("actor2", "actor2", "", "inter2")]
    public void An_actor_check_runs_when_one_of_its_columns_is_the_first_of_the_file(string first, string column, string value, string rejectedColumn)
    {
        var values = Sample();
        (values[column], values["interaction"]) = (value, "");

        Assert.Equal(0, Array.IndexOf(FirstColumn(first).ToArray(), first));
        Rejected(Map(values, columns: FirstColumn(first)), rejectedColumn);
    }

    [Theory]
    [InlineData("inter1")]
    [InlineData("inter2")]
    public void The_interaction_is_checked_against_the_codes_when_a_code_is_the_first_column(string first)
    {
        var values = Sample();
        values["interaction"] = "12";

        var rejected = Rejected(Map(values, columns: FirstColumn(first)), "interaction");
        Assert.Contains("make the interaction 28", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_event_date_column_is_rejected_saying_so()
    {
        var rejected = Rejected(Map(Sample(), columns: Since2023.Where(c => c != "event_date")), null);

        Assert.Equal("The file has no event_date column; an incident's date is read from it.", rejected.Reason);
    }

    [Fact]
    public void The_last_timestamp_of_the_calendar_is_read_and_the_next_is_rejected()
    {
        var incident = Imported(MapWith("timestamp", "253402300799"));
        Assert.Equal(Instant.FromUnixTimeSeconds(253_402_300_799), Assert.IsType<Provenance.RecordOrigin>(incident.Origin).UpdatedAt);

        Assert.Equal("Expected a timestamp in Unix seconds, such as 1700000000.", Rejected(MapWith("timestamp", "253402300800"), "timestamp").Reason);
    }

    [Fact]
    public void A_perpetrator_named_as_actor1_and_again_as_associated_is_one_perpetrator()
    {
        var values = Sample();
        values["assoc_actor_1"] = values["actor1"];

        var incident = Imported(Map(values));

        var perpetrator = Assert.Single(incident.Perpetrators);
        Assert.Equal("acled-military-forces-of-turkey-2016", perpetrator.Actor!.ToString());
    }

    [Fact]
    public void A_target_named_as_actor2_and_again_as_associated_is_one_target_beside_the_other()
    {
        var values = Sample();
        values["assoc_actor_2"] = $"{values["actor2"]}; Peshmerga (Iraq)";

        var incident = Imported(Map(values));

        Assert.Equal(2, incident.Targets.Length);
        Assert.Equal(incident.Targets.Length, incident.Targets.Distinct().Count());
        Assert.Equal("acled-pkk-kurdistan-workers-party", incident.Targets[0].Actor!.ToString());
    }

    [Theory]
    [InlineData("368", "SYR", "", "iso3")]
    [InlineData("", "SYR", "Iraq", "iso3")]
    [InlineData("760", "IRQ", "", "iso3")]
    public void An_iso3_that_names_another_country_than_the_other_columns_is_rejected(string iso, string iso3, string country, string column)
    {
        var values = Sample();
        (values["iso"], values["iso3"], values["country"]) = (iso, iso3, country);

        var rejected = Rejected(Map(values, columns: [.. Since2023, "iso3"]), column);
        Assert.StartsWith($"iso3 {iso3} is ", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("but the row's other country columns name ", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iso_that_names_another_country_than_the_name_is_rejected_naming_both()
    {
        var values = Sample();
        values["iso"] = "760";

        var rejected = Rejected(Map(values), "iso");
        Assert.StartsWith("iso 760 is ", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("but country is 'Iraq'", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sinjar", "Ninewa", "Iraq", "Sinjar")]
    [InlineData(null, "Ninewa", "Iraq", "Ninewa")]
    [InlineData(null, null, "Iraq", "Iraq")]
    [InlineData(null, null, null, null)]
    public void The_fallback_place_is_the_narrowest_admin_name_else_the_country(string? admin2, string? admin1, string? country, string? expected)
    {
        var query = new PlaceQuery { Admin2 = admin2, Admin1 = admin1, Country = country };

        Assert.Equal(expected, AcledRowMapper.FallbackPlace(query));
        Assert.Equal("Kani Masi", AcledRowMapper.FallbackPlace(query with { Admin3 = "Kani Masi" }));
    }

    [Fact]
    public void A_row_without_location_or_point_is_placed_at_its_narrowest_admin_name_and_keeps_its_names_unresolved()
    {
        var values = Sample();
        (values["location"], values["latitude"], values["longitude"], values["admin3"]) = ("", "", "", "");
        (values["admin1"], values["admin2"], values["iso"], values["country"]) = ("Nowhere Province", "Nowhere District", "", "");

        var imported = Assert.IsType<ImportedRow>(Map(values), exactMatch: false);

        Assert.Equal("Nowhere District", imported.Incident.Location.PlaceName);
        Assert.Null(imported.Incident.Location.Point);
        Assert.Equal(["Nowhere Province", "Nowhere District"], imported.UnresolvedPlaces);
    }

    [Fact]
    public void One_mapper_reads_files_with_different_headers_each_by_its_own()
    {
        var mapper = new AcledRowMapper();
        var context = Context();
        var reversed = Since2023.Reverse().ToArray();

        var first = Imported(mapper.Map(Row(Sample()), context));
        var second = Imported(mapper.Map(Row(Sample(), reversed), context));
        var third = Imported(mapper.Map(Row(Sample()), context));

        Assert.Equal(first.Kind, second.Kind);
        Assert.Equal(first.Date, second.Date);
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(first.Perpetrators, second.Perpetrators);
        Assert.Equal(first.ReportedTotals, third.ReportedTotals);
    }

    // The 2023 columns with the one named moved to the front.
    private static IEnumerable<string> FirstColumn(string first) => [first, .. Since2023.Where(c => c != first)];
}
