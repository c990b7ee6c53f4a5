using System.Collections.Generic;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop;

/// <summary>
/// Formats an incident as one row of a data set's layout (ACLED: <c>Acled/AcledIncidentFormatter</c>; UCDP:
/// <c>Ucdp/UcdpIncidentFormatter</c>). The exporter owns the file (header, HXL row, quoting, column order, the
/// columns of the incident's origin the formatter leaves unset); the formatter owns the data set's columns.
/// </summary>
internal interface IIncidentFormatter
{
    /// <summary>Sets the values of the layout's columns the model has a concept for, keyed by the layout's column names (<see cref="DataLayouts.ColumnsOf"/>).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="catalog">The catalog that holds it (actor and territory names).</param>
    /// <param name="layout">The layout written.</param>
    /// <param name="values">The row's values; columns left unset are taken from the incident's origin, or written empty.</param>
    void Format(Incident incident, CoordinationCatalog catalog, DataLayout layout, IDictionary<string, string> values);

    /// <summary>Gets the HXL hashtag of a layout's column (for example <c>#date+start</c>), or <see langword="null"/> when it has none.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The hashtag, or <see langword="null"/>.</returns>
    string? HxlTagOf(string column);
}
