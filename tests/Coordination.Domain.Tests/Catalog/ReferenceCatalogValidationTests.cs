using System.Linq;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>The reference catalog built from the article agrees with every validation rule.</summary>
public sealed class ReferenceCatalogValidationTests
{
    [Fact]
    public void The_reference_catalog_validates_clean()
    {
        var result = ReferenceCatalog.Load().Validate();

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}")));
    }
}
