using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CatalogValidationPropertiesTests
{
    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
    public Property A_catalog_built_from_valid_records_validates_clean(CoordinationCatalog catalog)
    {
        var result = catalog.Validate();
        return result.IsValid.Label(Describe(result));
    }

    [Property(Arbitrary = new[] { typeof(BrokenCatalogArbitraries) }, MaxTest = 500)]
    public Property Each_single_corruption_yields_exactly_its_code(BrokenCatalog broken)
    {
        var result = broken.Catalog.Validate();
        var codes = result.Errors.Select(e => e.ErrorCode).Distinct().ToList();
        return (codes.Count == 1 && codes[0] == broken.ExpectedCode).Label($"{broken.Corruption}, expected {broken.ExpectedCode}:\n{Describe(result)}");
    }

    private static string Describe(FluentValidation.Results.ValidationResult result) =>
        string.Join("\n", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}"));
}
