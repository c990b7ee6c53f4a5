using System.Globalization;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

public sealed class EnglishCultureTests
{
    [Fact]
    public void The_culture_is_English_while_the_test_class_lives_and_restored_when_it_is_disposed()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-IQ");

            using (new Probe())
            {
                Assert.Equal("en-US", CultureInfo.CurrentCulture.Name);
                Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
            }

            Assert.Equal("fr-FR", CultureInfo.CurrentCulture.Name);
            Assert.Equal("ar-IQ", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private sealed class Probe : EnglishCulture;
}
