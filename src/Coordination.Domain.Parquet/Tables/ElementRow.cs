using Coordination.Domain.Incidents;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>A row of a table of an incident's elements (casualties, perpetrators, targets): the element, its incident and its position there.</summary>
/// <typeparam name="T">The element's type.</typeparam>
/// <param name="Incident">The incident the element belongs to.</param>
/// <param name="Position">The element's zero-based position in the incident's list.</param>
/// <param name="Element">The element.</param>
internal readonly record struct ElementRow<T>(Incident Incident, int Position, T Element);
