using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Tests;

/// <summary>Dates from 2000 to 2030, across the generated records' dates: an arbitrary for the property tests asking questions of generated catalogs on a date.</summary>
public static class CatalogDates
{
    /// <summary>Gets the arbitrary dates.</summary>
    /// <returns>Dates from 2000-01-01 to about 2029-12-18.</returns>
    public static Arbitrary<LocalDate> Date() =>
        Gen.Choose(0, 365 * 30).Select(days => new LocalDate(2000, 1, 1).PlusDays(days)).ToArbitrary();
}
