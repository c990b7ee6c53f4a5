using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

public sealed class GazetteerProperties
{
    private static readonly Gazetteer Reference = Gazetteer.For(ReferenceCatalog.Load());
    private static readonly Gazetteer Empty = Gazetteer.For(CoordinationCatalog.Empty);

    private static readonly string[] Decorations = ["{0}", "{0} province", "{0} Governorate", "Muhafazat {0}", "  {0}  ", "{0} PROVINCE"];

    public static Arbitrary<(int Governorate, int Name, int Decoration, bool Upper)> NamedGovernorates() =>
        (from g in Gen.Choose(0, Gazetteer.Governorates.Length - 1)
         from n in Gen.Choose(0, 100)
         from d in Gen.Choose(0, Decorations.Length - 1)
         from u in Gen.Elements(true, false)
         select (g, n, d, u)).ToArbitrary();

    [Property(Arbitrary = [typeof(GazetteerProperties)], MaxTest = 300)]
    public bool Every_name_of_every_governorate_resolves_to_it_in_the_reference_catalog_and_in_an_empty_one((int Governorate, int Name, int Decoration, bool Upper) pick)
    {
        var governorate = Gazetteer.Governorates[pick.Governorate];
        var names = governorate.Names.All;
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, Decorations[pick.Decoration], names[pick.Name % names.Length].Text);
        name = pick.Upper ? name.ToUpperInvariant() : name;
        var query = new PlaceQuery { Admin1 = name, Country = "Iraq" };
        var inReference = Reference.Resolve(query);
        var inEmpty = Empty.Resolve(query);
        return inReference is { Level: PlaceLevel.Admin1 } && inReference.Territory == governorate.Id && inReference.Unresolved.IsEmpty
            && inEmpty is { Level: PlaceLevel.Admin1 } && inEmpty.Territory == governorate.Id && inEmpty.Added is not null;
    }

    [Property(Arbitrary = [typeof(GazetteerProperties)])]
    public bool Every_governorates_codes_resolve_to_it((int Governorate, int Name, int Decoration, bool Upper) pick)
    {
        var governorate = Gazetteer.Governorates[pick.Governorate];
        return new[] { governorate.IsoCode, governorate.PCode }.OfType<string>()
            .All(code => Reference.Resolve(new PlaceQuery { Code = pick.Upper ? code : code.ToLowerInvariant() }) is { Level: PlaceLevel.Code } m && m.Territory == governorate.Id);
    }

    [Property(MaxTest = 500)]
    public bool Folding_is_idempotent(NonNull<string> text)
    {
        var once = Gazetteer.Fold(text.Get);
        return Gazetteer.Fold(once) == once;
    }

    [Property(MaxTest = 300)]
    public void Resolving_never_throws_whatever_the_row_holds(string? country, string? admin1, string? admin2, string? admin3, string? location, string? code) =>
        _ = Reference.Resolve(new PlaceQuery { Country = country, Admin1 = admin1, Admin2 = admin2, Admin3 = admin3, Location = location, Code = code });

    [Property(MaxTest = 200)]
    public bool A_match_never_names_a_territory_outside_the_catalog_unless_it_is_added(string? admin1, string? location, string? code)
    {
        var catalog = ReferenceCatalog.Load();
        var match = Reference.Resolve(new PlaceQuery { Admin1 = admin1, Location = location, Code = code });
        return match is null || (match.Added is null ? catalog.Territories.Any(t => t.Id == match.Territory) : match.Added.Id == match.Territory);
    }
}
