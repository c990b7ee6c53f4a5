using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledRowMapperTests
{
    [Fact]
    public void A_2023_row_maps_onto_an_incident_with_its_origin()
    {
        var context = Context();
        var incident = Imported(Map(Sample(), context));

        Assert.Equal(IncidentId.Parse("acled-irq12345"), incident.Id);
        Assert.Equal(IncidentKind.AirOrDroneStrike, incident.Kind);
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2022, 1, 5)), incident.Date);
        Assert.Equal("Kani Masi", incident.Location.PlaceName);
        Assert.Equal(new GeoPoint(37.2312, 43.4514), incident.Location.Point);
        Assert.Equal(LocationPrecision.ExactLocation, incident.Location.Precision);
        Assert.Equal([new Perpetrator(ActorId.Parse("acled-military-forces-of-turkey-2016"), Attribution.Attributed)], incident.Perpetrators);
        Assert.Equal([AffectedParty.Of(ActorId.Parse("acled-pkk-kurdistan-workers-party"))], incident.Targets);
        Assert.Equal(new CasualtyTotals { Killed = CasualtyEstimate.Exactly(2) }, incident.ReportedTotals);
        Assert.Empty(incident.Casualties);
        Assert.Null(incident.TotalInjured);
        Assert.StartsWith("On 5 January 2022, Turkish drones", incident.Summary);
        Assert.Equal([SourceId.Parse("acled")], incident.Sources);

        var origin = Assert.IsType<Provenance.RecordOrigin>(incident.Origin);
        Assert.Equal("ACLED", origin.DataSet);
        Assert.Equal("IRQ12345", origin.EventId);
        Assert.False(origin.IsEventIdDerived);
        Assert.Equal(Instant.FromUnixTimeSeconds(1642521600), origin.UpdatedAt);
        Assert.Equal(Since2023, origin.Fields.Select(f => f.Column));
        Assert.Equal("Rudaw; Kurdistan 24", origin.FieldValue("source"));
        Assert.Equal("National-Regional", origin.FieldValue("source_scale"));
    }

    [Fact]
    public void New_actors_are_recorded_with_the_kind_their_inter_code_says()
    {
        var context = Context();
        Imported(Map(Sample(), context));

        var actors = context.Records.Actors.ToDictionary(a => a.Id.ToString());
        Assert.Equal(ActorKind.ArmedForce, actors["acled-military-forces-of-turkey-2016"].Kind);
        Assert.Equal(ActorKind.NonStateArmedGroup, actors["acled-pkk-kurdistan-workers-party"].Kind);
        Assert.Equal("PKK: Kurdistan Workers Party", actors["acled-pkk-kurdistan-workers-party"].Names.Primary.Text);
    }

    [Theory]
    [InlineData("1", "Military Forces of Syria (2024-)", ActorKind.ArmedForce)]
    [InlineData("1", "Government of Syria (2024-)", ActorKind.Government)]
    [InlineData("2", "Hayat Tahrir al-Sham", ActorKind.NonStateArmedGroup)]
    [InlineData("3", "Hezbollah Brigades", ActorKind.NonStateArmedGroup)]
    [InlineData("4", "Shammar Tribal Militia (Iraq)", ActorKind.NonStateArmedGroup)]
    [InlineData("8", "Military Forces of Iran (1989-)", ActorKind.ArmedForce)]
    [InlineData("8", "Government of Turkey (2016-)", ActorKind.ForeignMission)]
    [InlineData("State forces", "Police Forces of Syria (2024-)", ActorKind.ArmedForce)]
    [InlineData("Rebel groups", "Kurdistan Free Life Party", ActorKind.NonStateArmedGroup)]
    public void The_kind_of_a_new_actor_follows_inter1(string inter1, string actor1, ActorKind kind)
    {
        var values = Sample();
        (values["inter1"], values["actor1"], values["interaction"]) = (inter1, actor1, "");
        var context = Context();
        var incident = Imported(Map(values, context));

        var actor = Assert.Single(context.Records.Actors, a => a.Id == incident.Perpetrators[0].Actor);
        Assert.Equal(kind, actor.Kind);
    }

    [Theory]
    [InlineData("Military Forces of Iraq (2020-)", "iraqi-army")]
    [InlineData("Police Forces of Iraq (2020-)", "isf")]
    [InlineData("Military Forces of Iraq (2022-) Peshmerga", "peshmerga")]
    [InlineData("Islamic State (Iraq)", "isis")]
    [InlineData("Government of Iraq (2020-)", "goi")]
    public void Names_the_actor_map_knows_are_the_reference_catalogs_actors_and_create_nothing(string actor1, string id)
    {
        var values = Sample();
        (values["actor1"], values["inter1"], values["interaction"]) = (actor1, "1", "12");
        var context = Context();
        var incident = Imported(Map(values, context));

        Assert.Equal(ActorId.Parse(id), incident.Perpetrators[0].Actor);
        Assert.DoesNotContain(context.Records.Actors, a => a.Id == ActorId.Parse(id));
    }

    [Theory]
    [InlineData("Nīnawá province", "", "ninewa")]
    [InlineData("Ninewa", "Sinjar", "sinjar")]
    [InlineData("Şalāḩ ad Dīn province", "", "salah-al-din")]
    [InlineData("Arbīl province", "", "erbil")]
    [InlineData("Kirkuk", "", "kirkuk")]
    public void Admin_names_resolve_to_the_catalogs_territories_in_the_data_sets_spellings(string admin1, string admin2, string territory)
    {
        var values = Sample();
        (values["admin1"], values["admin2"], values["admin3"], values["location"]) = (admin1, admin2, "", "Qara Tapa");
        var incident = Imported(Map(values));
        Assert.Equal(TerritoryId.Parse(territory), incident.Location.Territory);
        Assert.Equal("Qara Tapa", incident.Location.PlaceName);
    }

    [Fact]
    public void A_governorate_the_catalog_lacks_is_added_from_the_gazetteer_once()
    {
        var context = Context();
        var first = Imported(Map(Sample(), context));
        var second = Imported(MapWith("event_id_cnty", "IRQ12346", context));

        Assert.NotNull(first.Location.Territory);
        Assert.Equal(first.Location.Territory, second.Location.Territory);
        Assert.Single(context.Records.Territories, t => t.Id == first.Location.Territory);
    }

    [Fact]
    public void Associated_actors_are_perpetrators_or_targets_beside_the_main_actors()
    {
        var values = Sample();
        values["assoc_actor_1"] = "Military Forces of Iraq (2020-) Peshmerga; Unidentified Armed Group (Iraq)";
        values["assoc_actor_2"] = "PJAK: Kurdistan Free Life Party";
        var incident = Imported(Map(values));

        Assert.Equal(3, incident.Perpetrators.Length);
        Assert.Equal(Perpetrator.Unidentified, incident.Perpetrators[2]);
        Assert.Equal(2, incident.Targets.Length);
        Assert.Equal(ActorId.Parse("acled-pjak-kurdistan-free-life-party"), incident.Targets[1].Actor);
    }

    [Fact]
    public void An_unidentified_armed_group_is_an_unknown_perpetrator_and_an_unidentified_target()
    {
        var values = Sample();
        (values["actor1"], values["inter1"], values["actor2"], values["inter2"], values["interaction"]) =
            ("Unidentified Armed Group (Iraq)", "3", "Unidentified Armed Group (Iraq)", "3", "33");
        var context = Context();
        var incident = Imported(Map(values, context));

        Assert.Equal([Perpetrator.Unidentified], incident.Perpetrators);
        Assert.Equal([AffectedParty.Unidentified], incident.Targets);
        Assert.Empty(context.Records.Actors);
    }

    [Fact]
    public void Civilians_as_actor2_are_the_civilians_and_their_associated_groups_stay_in_the_origin()
    {
        var values = Sample();
        (values["event_type"], values["sub_event_type"], values["actor1"], values["inter1"]) = ("Violence against civilians", "Attack", "Islamic State (Iraq)", "2");
        (values["actor2"], values["assoc_actor_2"], values["inter2"], values["interaction"]) = ("Civilians (Iraq)", "Farmers (Iraq); Women (Iraq)", "7", "27");
        var context = Context();
        var incident = Imported(Map(values, context));

        Assert.Equal([AffectedParty.Civilians], incident.Targets);
        Assert.DoesNotContain(context.Records.Actors, a => a.Names.Primary.Text.Contains("Farmers", System.StringComparison.Ordinal));
        Assert.Equal("Farmers (Iraq); Women (Iraq)", incident.Origin!.FieldValue("assoc_actor_2"));
    }

    [Fact]
    public void A_single_actor_event_has_no_target_and_an_interaction_of_ten_times_inter1()
    {
        var values = Sample();
        (values["event_type"], values["sub_event_type"], values["actor1"], values["inter1"]) = ("Protests", "Peaceful protest", "Protesters (Iraq)", "6");
        (values["actor2"], values["inter2"], values["interaction"], values["fatalities"]) = ("", "0", "60", "0");
        var incident = Imported(Map(values));

        Assert.Single(incident.Perpetrators);
        Assert.Empty(incident.Targets);
        Assert.Equal(CasualtyEstimate.Zero, incident.TotalKilled);
    }

    [Theory]
    [InlineData("State forces", "Rebel groups", "12")]
    [InlineData("State forces", "Rebel group", "State forces-Rebel group")]
    [InlineData("External/Other forces", "Rebel group", "Rebel group-External/Other forces")]
    [InlineData("8", "2", "External/Other forces-Rebel group")]
    [InlineData("external/other forces", "REBEL GROUPS", "28")]
    public void Inter_codes_and_interactions_are_read_as_numbers_or_as_text_labels(string inter1, string inter2, string interaction)
    {
        var values = Sample();
        (values["inter1"], values["inter2"], values["interaction"]) = (inter1, inter2, interaction);
        Imported(Map(values));
    }

    [Theory]
    [InlineData("22")]
    [InlineData("18")]
    [InlineData("80")]
    [InlineData("State forces-Rebel group")]
    [InlineData("Rebel group only")]
    public void An_interaction_that_disagrees_with_the_two_inter_codes_is_rejected(string interaction)
    {
        var rejected = Rejected(MapWith("interaction", interaction), "interaction");
        Assert.Contains("28", rejected.Reason, System.StringComparison.Ordinal);
        Assert.Equal(interaction, rejected.Value);
    }

    [Theory]
    [InlineData("inter1", "9")]
    [InlineData("inter1", "Militias")]
    [InlineData("inter2", "-1")]
    [InlineData("interaction", "99")]
    [InlineData("interaction", "82")]
    [InlineData("interaction", "Soldiers-Rebels")]
    public void An_unknown_actor_type_or_interaction_is_rejected(string column, string value) =>
        Rejected(MapWith(column, value), column);

    [Theory]
    [InlineData("inter1", "0")]
    [InlineData("inter2", "")]
    public void A_named_actor_without_a_type_is_rejected(string column, string value) => Rejected(MapWith(column, value), column);

    [Fact]
    public void A_type_without_an_actor_is_rejected()
    {
        var values = Sample();
        (values["actor2"], values["interaction"]) = ("", "80");
        Rejected(Map(values), "inter2");
    }

    [Theory]
    [InlineData("Armed clash", IncidentKind.ArmedClash)]
    [InlineData("armed CLASH", IncidentKind.ArmedClash)]
    [InlineData("Excessive force against protestors", IncidentKind.ExcessiveForceAgainstProtesters)]
    [InlineData("Excessive force against protesters", IncidentKind.ExcessiveForceAgainstProtesters)]
    [InlineData("Shelling / artillery / missile attack", IncidentKind.ShellingArtilleryOrMissileAttack)]
    [InlineData("Non state actor overtakes territory", IncidentKind.NonStateActorOvertakesTerritory)]
    [InlineData("Remote explosive/landmine/IED", IncidentKind.RemoteExplosive)]
    [InlineData("Other", IncidentKind.OtherStrategicDevelopment)]
    public void Sub_event_types_are_read_in_the_spellings_seen(string subEventType, IncidentKind kind)
    {
        var values = Sample();
        (values["sub_event_type"], values["event_type"]) = (subEventType, "");
        Assert.Equal(kind, Imported(Map(values)).Kind);
    }

    [Fact]
    public void Every_kind_has_a_sub_event_type_that_maps_back_to_it_with_its_event_type()
    {
        foreach (var kind in System.Enum.GetValues<IncidentKind>())
        {
            var values = Sample();
            (values["sub_event_type"], values["event_type"]) = (AcledEventTypes.SubEventTypeOf(kind), AcledEventTypes.EventTypeOf(kind));
            Assert.Equal(kind, Imported(Map(values)).Kind);
        }
    }

    [Theory]
    [InlineData("Strategic developments")]
    [InlineData("Strategic Developments")]
    [InlineData("STRATEGIC DEVELOPMENTS")]
    public void The_event_type_is_read_in_either_capitalisation(string eventType)
    {
        var values = Sample();
        (values["sub_event_type"], values["event_type"]) = ("Looting/property destruction", eventType);
        Assert.Equal(IncidentKind.LootingOrPropertyDestruction, Imported(Map(values)).Kind);
    }

    [Fact]
    public void An_event_type_the_sub_event_type_does_not_belong_to_is_rejected()
    {
        var rejected = Rejected(MapWith("event_type", "Battles"), "event_type");
        Assert.Contains("Explosions/Remote violence", rejected.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Airstrike")]
    [InlineData("")]
    public void An_unknown_or_empty_sub_event_type_is_rejected(string value) => Rejected(MapWith("sub_event_type", value), "sub_event_type");

    [Theory]
    [InlineData("2022-01-05")]
    [InlineData("05-Jan-22")]
    [InlineData("5-Jan-22")]
    [InlineData("05-January-2022")]
    [InlineData("5 January 2022")]
    [InlineData("05 Jan 2022")]
    [InlineData("January 5, 2022")]
    [InlineData("2022-01-05 00:00:00")]
    [InlineData("2022-01-05T00:00:00")]
    [InlineData("2022/01/05")]
    [InlineData(" 2022-01-05 ")]
    public void Event_dates_are_read_in_the_api_export_tool_and_spreadsheet_shapes(string eventDate) =>
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2022, 1, 5)), Imported(MapWith("event_date", eventDate)).Date);

    [Theory]
    [InlineData("16 May 2025", 2025, 5, 16)]
    [InlineData("16-May-2025", 2025, 5, 16)]
    [InlineData("31-Dec-99", 1999, 12, 31)]
    [InlineData("01-Sept-21", 2021, 9, 1)]
    public void Other_dates_read_as_their_day(string eventDate, int year, int month, int day)
    {
        var values = Sample();
        (values["event_date"], values["year"]) = (eventDate, "");
        Assert.Equal(new LocalDate(year, month, day), Imported(Map(values)).Date.Earliest);
    }

    [Theory]
    [InlineData("0025-05-16", "0025")]
    [InlineData("16 May 0025", "0025")]
    [InlineData("1996-12-31", "1996")]
    [InlineData("2101-01-01", "2101")]
    [InlineData("31-Feb-22", "day 31")]
    [InlineData("2022-13-01", "month 13")]
    [InlineData("05/01/2022", "ambiguous")]
    [InlineData("1/5/22", "ambiguous")]
    [InlineData("yesterday", "Expected a date")]
    [InlineData("", "empty")]
    public void A_malformed_or_out_of_range_date_is_rejected_naming_the_problem(string eventDate, string said)
    {
        var values = Sample();
        (values["event_date"], values["year"]) = (eventDate, "");
        var rejected = Rejected(Map(values), "event_date");
        Assert.Contains(said, rejected.Reason, System.StringComparison.Ordinal);
        Assert.Equal(eventDate, rejected.Value);
    }

    [Fact]
    public void A_year_that_is_not_the_year_of_the_event_date_is_rejected() => Rejected(MapWith("year", "2021"), "year");

    [Fact]
    public void Time_precision_2_is_the_week_centred_on_the_date_and_3_its_month()
    {
        Assert.Equal(ReportedDate.InWeek(new LocalDate(2022, 1, 2), new LocalDate(2022, 1, 8)), Imported(MapWith("time_precision", "2")).Date);
        Assert.Equal(ReportedDate.InMonth(new YearMonth(2022, 1)), Imported(MapWith("time_precision", "3")).Date);
        Assert.Equal(DatePrecision.Day, Imported(MapWith("time_precision", "1.0")).Date.Precision);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("1.5")]
    [InlineData("day")]
    public void A_time_precision_outside_1_to_3_is_rejected(string value) => Rejected(MapWith("time_precision", value), "time_precision");

    [Theory]
    [InlineData("1", LocationPrecision.ExactLocation)]
    [InlineData("2", LocationPrecision.NearNamedPlace)]
    [InlineData("3", LocationPrecision.FirstOrderDivision)]
    public void Geo_precision_maps_onto_the_location_precision(string value, LocationPrecision precision) =>
        Assert.Equal(precision, Imported(MapWith("geo_precision", value)).Location.Precision);

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("7")]
    public void A_geo_precision_outside_1_to_3_is_rejected(string value) => Rejected(MapWith("geo_precision", value), "geo_precision");

    [Fact]
    public void A_file_without_geo_precision_claims_no_more_than_acleds_coarsest_level()
    {
        var incident = Imported(Map(Sample(), columns: Since2023.Where(c => c != "geo_precision")));
        Assert.Equal(LocationPrecision.FirstOrderDivision, incident.Location.Precision);
    }

    [Theory]
    [InlineData("latitude", "91")]
    [InlineData("latitude", "north")]
    [InlineData("latitude", "")]
    [InlineData("longitude", "-180.5")]
    [InlineData("longitude", "NaN")]
    [InlineData("longitude", "43,45")]
    public void A_coordinate_out_of_range_malformed_or_alone_is_rejected(string column, string value) => Rejected(MapWith(column, value), column);

    [Fact]
    public void A_row_without_coordinates_has_no_point()
    {
        var values = Sample();
        (values["latitude"], values["longitude"]) = ("", "");
        Assert.Null(Imported(Map(values)).Location.Point);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("3.0", 3)]
    [InlineData(" 7 ", 7)]
    public void Fatalities_are_the_reported_total_killed(string value, int killed)
    {
        var incident = Imported(MapWith("fatalities", value));
        Assert.Equal(CasualtyEstimate.Exactly(killed), incident.ReportedTotals!.Killed);
        Assert.Null(incident.ReportedTotals.Injured);
        Assert.Empty(incident.Casualties);
    }

    [Fact]
    public void Empty_fatalities_are_unknown_never_zero()
    {
        var incident = Imported(MapWith("fatalities", ""));
        Assert.Null(incident.ReportedTotals);
        Assert.Null(incident.TotalKilled);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("dozens")]
    [InlineData("99999999999")]
    public void Fatalities_that_are_not_a_whole_number_of_zero_or_more_are_rejected(string value) => Rejected(MapWith("fatalities", value), "fatalities");

    [Fact]
    public void The_timestamp_is_when_acled_last_changed_the_row()
    {
        Assert.Null(Imported(MapWith("timestamp", "")).Origin!.UpdatedAt);
        Rejected(MapWith("timestamp", "2022-01-18"), "timestamp");
        Rejected(MapWith("timestamp", "-5"), "timestamp");
    }

    [Fact]
    public void Notes_are_the_summary_and_empty_notes_none()
    {
        Assert.Equal("Turkish drone strike.", Imported(MapWith("notes", "Turkish drone strike.")).Summary);
        Assert.Null(Imported(MapWith("notes", "  ")).Summary);
    }

    [Fact]
    public void A_row_without_an_event_id_gets_a_derived_one()
    {
        var incident = Imported(MapWith("event_id_cnty", ""));
        Assert.StartsWith("acled-derived-", incident.Id.ToString(), System.StringComparison.Ordinal);
        Assert.True(incident.Origin!.IsEventIdDerived);

        var again = Imported(MapWith("event_id_cnty", ""));
        Assert.Equal(incident.Id, again.Id);
    }

    [Fact]
    public void A_rejected_row_creates_no_actor()
    {
        var context = Context();
        Rejected(MapWith("fatalities", "many", context), "fatalities");
        Assert.Empty(context.Records.Actors);
    }

    [Fact]
    public void A_reduced_file_with_upper_case_names_is_read_by_name()
    {
        string[] columns = ["EVENT_DATE", "EVENT_TYPE", "SUB_EVENT_TYPE", "ACTOR1", "COUNTRY", "ADMIN1", "LOCATION", "FATALITIES"];
        var values = Sample();
        var row = new SourceRow(Header(columns), 2, [.. columns.Select(c => values[c.ToLowerInvariant()])]);
        var incident = Imported(new AcledRowMapper().Map(row, Context()));

        Assert.Equal(IncidentKind.AirOrDroneStrike, incident.Kind);
        Assert.Equal(CasualtyEstimate.Exactly(2), incident.TotalKilled);
        Assert.True(incident.Origin!.IsEventIdDerived);
        Assert.Equal(columns, incident.Origin.Fields.Select(f => f.Column));
        Assert.Equal(LocationPrecision.FirstOrderDivision, incident.Location.Precision);
    }

    [Fact]
    public void A_rejection_names_the_column_as_the_header_spells_it()
    {
        string[] columns = ["EVENT_DATE", "SUB_EVENT_TYPE"];
        var row = new SourceRow(Header(columns), 7, ["0025-01-05", "Armed clash"]);
        var rejected = Rejected(new AcledRowMapper().Map(row, Context()), "EVENT_DATE");
        Assert.Equal("EVENT_DATE", rejected.Column);
        Assert.Equal(7, rejected.Line);
    }

    [Fact]
    public void A_row_of_the_layout_before_2023_maps_the_same_way()
    {
        var values = Sample();
        (values["data_id"], values["event_id_no_cnty"], values["iso3"]) = ("8765432", "12345", "IRQ");
        var incident = Imported(Map(values, columns: Before2023));
        Assert.Equal(IncidentId.Parse("acled-irq12345"), incident.Id);
        Assert.Equal("8765432", incident.Origin!.FieldValue("data_id"));
    }

    [Fact]
    public void A_file_without_a_sub_event_type_column_is_rejected_row_by_row()
    {
        var rejected = Rejected(Map(Sample(), columns: Since2023.Where(c => c != "sub_event_type")), null);
        Assert.Contains("sub_event_type", rejected.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_row_reads_its_missing_cells_as_empty()
    {
        var header = Header(Since2023);
        var values = Sample();
        var fields = Since2023.Take(29).Select(c => values[c]).ToArray();
        var incident = Imported(new AcledRowMapper().Map(new SourceRow(header, 2, [.. fields]), Context()));
        Assert.Null(incident.Origin!.UpdatedAt);
    }

    [Fact]
    public void Unresolved_place_names_are_reported()
    {
        var result = Assert.IsType<ImportedRow>(Map(Sample()), exactMatch: false);
        Assert.NotEmpty(result.UnresolvedPlaces);
        Assert.All(result.UnresolvedPlaces, name => Assert.Contains(name, (string[])["Amedi", "Kani Masi"]));
    }

    [Theory]
    [InlineData("368", "Turkey", "iso")]
    [InlineData("792", "Iraq", "iso")]
    public void Country_columns_that_name_two_countries_are_rejected(string iso, string country, string column)
    {
        var values = Sample();
        (values["iso"], values["country"]) = (iso, country);
        Rejected(Map(values), column);
    }

    [Fact]
    public void One_mapper_checks_each_row_s_countries_however_the_rows_before_named_theirs()
    {
        var mapper = new AcledRowMapper();
        var context = Context();
        RowResult MapCountries(string iso, string iso3, string country)
        {
            var values = Sample();
            (values["iso"], values["iso3"], values["country"]) = (iso, iso3, country);
            return mapper.Map(Row(values, [.. Since2023, "iso3"]), context);
        }

        var first = Assert.IsType<RejectedRow>(MapCountries("368", "", "Turkey"));
        var again = Assert.IsType<RejectedRow>(MapCountries("368", "", "Turkey"));
        Assert.IsType<ImportedRow>(MapCountries("368", "", "Iraq"));
        Assert.IsType<ImportedRow>(MapCountries("368", "IRQ", "Iraq"));
        Assert.Equal("iso3", Assert.IsType<RejectedRow>(MapCountries("368", "TUR", "Iraq")).Column);
        Assert.IsType<ImportedRow>(MapCountries("368", "", "Iraq"));
        var other = Assert.IsType<RejectedRow>(MapCountries("792", "", "Iraq"));

        Assert.Equal(("iso", first.Reason), (again.Column, again.Reason));
        Assert.Equal("iso", other.Column);
        Assert.NotEqual(first.Reason, other.Reason);
    }

    [Theory]
    [InlineData("Red Sea")]
    [InlineData("Persian Gulf")]
    public void A_body_of_water_as_country_is_not_a_rejection(string country)
    {
        var values = Sample();
        (values["iso"], values["country"], values["admin1"], values["admin2"], values["admin3"]) = ("", country, "", "", "");
        Imported(Map(values));
    }
}
