using System.Linq;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Geography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Coordination.Domain.Geo.Tests.Maps.MapWorld;

namespace Coordination.Domain.Geo.Tests.Maps;

public sealed class SituationMapProperties
{
    public static Arbitrary<(double Latitude, double Longitude, int Killed)> Places() =>
        (from lat in Gen.Choose(1, 999)
         from lon in Gen.Choose(1, 1999)
         from killed in Gen.Choose(-1, 200)
         select (35 + (lat / 1000.0), 44 + (lon / 1000.0), killed)).ToArbitrary();

    [Property(Arbitrary = [typeof(SituationMapProperties)], MaxTest = 60)]
    public bool An_incident_point_is_drawn_inside_the_path_of_the_square_it_falls_in((double Latitude, double Longitude, int Killed) place)
    {
        var catalog = WorldCatalog(Incident("i", At(place.Latitude, place.Longitude), killed: place.Killed < 0 ? null : place.Killed));
        var map = new SvgReading(SituationMap.Render(catalog, Geometry, Date, Coverage(), null));
        var mark = map.Marks("data-incident").Single();
        var territory = mark.Attribute("data-territory")!.Value;
        var (x, y) = SvgReading.Centre(mark);
        var expected = Squares.Locate(new GeoPoint(place.Latitude, place.Longitude))!.Value.ToString();
        return territory == expected && SvgReading.Inside(map.Territory(territory)!, x, y) && map.MarkKinds().SetEquals(map.LegendEntries());
    }
}
