using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CoordinationCatalogBuilderPropertiesTests
{
    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 100)]
    public Property Building_with_the_builder_equals_building_with_the_With_chain(CoordinationCatalog catalog)
    {
        var records = CatalogRecords.All(catalog);
        var builder = CoordinationCatalog.CreateBuilder();
        records.ForEach(r => CatalogRecords.Set(builder, r));

        var built = builder.ToCatalog();
        var chained = records.Aggregate(CoordinationCatalog.Empty, CatalogRecords.With);

        return (built.Equals(chained) && built.Equals(catalog)).Label($"builder {built}, With chain {chained}, generated {catalog}");
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 100)]
    public bool ToBuilder_then_ToCatalog_gives_the_catalog_back(CoordinationCatalog catalog) =>
        catalog.ToBuilder().ToCatalog().Equals(catalog);

    [Property(Arbitrary = new[] { typeof(MalformedArbitraries) }, MaxTest = 100)]
    public bool ToBuilder_then_ToCatalog_gives_a_malformed_catalog_back_with_its_nulls_and_duplicates(CoordinationCatalog catalog) =>
        catalog.ToBuilder().ToCatalog().Equals(catalog);

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 100)]
    public Property Any_sequence_of_sets_and_removals_matches_the_With_chain_and_removing_the_first_record(CoordinationCatalog catalog, int[] picks)
    {
        var records = CatalogRecords.All(catalog);
        if (records.Count == 0)
        {
            return true.ToProperty();
        }

        var builder = CoordinationCatalog.CreateBuilder();
        var model = CoordinationCatalog.Empty;
        foreach (var pick in picks)
        {
            var record = records[(int)(unchecked((uint)pick) / 2 % (uint)records.Count)];
            if (pick % 2 == 0)
            {
                CatalogRecords.Set(builder, record);
                model = CatalogRecords.With(model, record);
            }
            else
            {
                var removed = CatalogRecords.Remove(builder, record);
                var next = CatalogRecords.Without(model, record);
                if (removed == ReferenceEquals(next, model))
                {
                    return false.Label($"Remove said {removed} for {record}");
                }

                model = next;
            }
        }

        var built = builder.ToCatalog();
        return built.Equals(model).Label($"builder {built}, model {model}");
    }
}
