using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Tests.Catalog;

[Properties(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 300)]
public sealed class CatalogValidationPropertiesTests
{
    [Property]
    public Property A_catalog_built_from_valid_records_validates_clean(CoordinationCatalog catalog)
    {
        var result = catalog.Validate();
        return result.IsValid.Label(string.Join("\n", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}")));
    }
}
