using System;
using System.Globalization;

namespace Coordination.Domain.Tests.Validation;

/// <summary>
/// Validator tests run under English culture, so that message text is deterministic. The culture is
/// set when xunit creates the test class and restored when it disposes of it, after each test.
/// </summary>
public abstract class EnglishCulture : IDisposable
{
    private readonly CultureInfo previousCulture;
    private readonly CultureInfo previousUICulture;

    protected EnglishCulture()
    {
        previousCulture = CultureInfo.CurrentCulture;
        previousUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUICulture;
        }
    }
}
