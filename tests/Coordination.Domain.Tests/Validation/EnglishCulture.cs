using System.Globalization;

namespace Coordination.Domain.Tests.Validation;

/// <summary>Validator tests run under English culture, so that message text is deterministic.</summary>
public abstract class EnglishCulture
{
    protected EnglishCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }
}
