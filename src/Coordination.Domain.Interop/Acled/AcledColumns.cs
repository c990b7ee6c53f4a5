namespace Coordination.Domain.Interop.Acled;

/// <summary>ACLED's column names, and where a header holds them (-1 when it does not); found once per header.</summary>
internal sealed class AcledColumns
{
    public const string EventIdCnty = "event_id_cnty";
    public const string EventIdNoCnty = "event_id_no_cnty";
    public const string DataId = "data_id";
    public const string EventDate = "event_date";
    public const string Year = "year";
    public const string TimePrecision = "time_precision";
    public const string DisorderType = "disorder_type";
    public const string EventType = "event_type";
    public const string SubEventType = "sub_event_type";
    public const string Actor1 = "actor1";
    public const string AssocActor1 = "assoc_actor_1";
    public const string Inter1 = "inter1";
    public const string Actor2 = "actor2";
    public const string AssocActor2 = "assoc_actor_2";
    public const string Inter2 = "inter2";
    public const string Interaction = "interaction";
    public const string CivilianTargeting = "civilian_targeting";
    public const string Iso = "iso";
    public const string Iso3 = "iso3";
    public const string Region = "region";
    public const string Country = "country";
    public const string Admin1 = "admin1";
    public const string Admin2 = "admin2";
    public const string Admin3 = "admin3";
    public const string Location = "location";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string GeoPrecision = "geo_precision";
    public const string Source = "source";
    public const string SourceScale = "source_scale";
    public const string Notes = "notes";
    public const string Fatalities = "fatalities";
    public const string Tags = "tags";
    public const string Timestamp = "timestamp";
    public const string Admin1Pcode = "admin1_pcode";
    public const string Admin2Pcode = "admin2_pcode";
    public const string Admin3Pcode = "admin3_pcode";

    public AcledColumns(SourceHeader header)
    {
        Header = header;
        EventIdAt = header.IndexOf(EventIdCnty);
        EventDateAt = header.IndexOf(EventDate);
        YearAt = header.IndexOf(Year);
        TimePrecisionAt = header.IndexOf(TimePrecision);
        EventTypeAt = header.IndexOf(EventType);
        SubEventTypeAt = header.IndexOf(SubEventType);
        Actor1At = header.IndexOf(Actor1);
        AssocActor1At = header.IndexOf(AssocActor1);
        Inter1At = header.IndexOf(Inter1);
        Actor2At = header.IndexOf(Actor2);
        AssocActor2At = header.IndexOf(AssocActor2);
        Inter2At = header.IndexOf(Inter2);
        InteractionAt = header.IndexOf(Interaction);
        IsoAt = header.IndexOf(Iso);
        Iso3At = header.IndexOf(Iso3);
        CountryAt = header.IndexOf(Country);
        Admin1At = header.IndexOf(Admin1);
        Admin2At = header.IndexOf(Admin2);
        Admin3At = header.IndexOf(Admin3);
        LocationAt = header.IndexOf(Location);
        LatitudeAt = header.IndexOf(Latitude);
        LongitudeAt = header.IndexOf(Longitude);
        GeoPrecisionAt = header.IndexOf(GeoPrecision);
        NotesAt = header.IndexOf(Notes);
        FatalitiesAt = header.IndexOf(Fatalities);
        TimestampAt = header.IndexOf(Timestamp);
        PcodeAt = header.IndexOf(Admin3Pcode) is >= 0 and var p3 ? p3 : header.IndexOf(Admin2Pcode) is >= 0 and var p2 ? p2 : header.IndexOf(Admin1Pcode);
    }

    public SourceHeader Header { get; }

    public int EventIdAt { get; }

    public int EventDateAt { get; }

    public int YearAt { get; }

    public int TimePrecisionAt { get; }

    public int EventTypeAt { get; }

    public int SubEventTypeAt { get; }

    public int Actor1At { get; }

    public int AssocActor1At { get; }

    public int Inter1At { get; }

    public int Actor2At { get; }

    public int AssocActor2At { get; }

    public int Inter2At { get; }

    public int InteractionAt { get; }

    public int IsoAt { get; }

    public int Iso3At { get; }

    public int CountryAt { get; }

    public int Admin1At { get; }

    public int Admin2At { get; }

    public int Admin3At { get; }

    public int LocationAt { get; }

    public int LatitudeAt { get; }

    public int LongitudeAt { get; }

    public int GeoPrecisionAt { get; }

    public int NotesAt { get; }

    public int FatalitiesAt { get; }

    public int TimestampAt { get; }

    public int PcodeAt { get; }

    /// <summary>Gets the name of the column at an index as the header spells it.</summary>
    public string NameAt(int index) => Header.Columns[index];
}
