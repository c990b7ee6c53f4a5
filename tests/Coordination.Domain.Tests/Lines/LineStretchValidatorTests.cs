using System.Linq;
using Coordination.Domain.Lines;
using Coordination.Domain.Validation;
using Xunit;

namespace Coordination.Domain.Tests.Lines;

public sealed class LineStretchValidatorTests
{
    private static string[] Codes(LineStretch stretch) => [.. new LineStretchValidator().Validate(stretch).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void A_stretch_names_its_line_and_a_territory_only_when_it_gives_one()
    {
        Assert.Empty(Codes(new LineStretch(ArticleFacts.Kcl)));
        Assert.Empty(Codes(new LineStretch(ArticleFacts.Kcl, ArticleFacts.Diyala)));
        Assert.Equal(["Line " + ValidationCodes.General.MissingIdentifier], Codes(new LineStretch(default)));
        Assert.Equal(["Within " + ValidationCodes.General.MissingIdentifier], Codes(new LineStretch(ArticleFacts.Kcl, default(Coordination.Domain.Identifiers.TerritoryId))));
    }
}
