using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Interop.Acled;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledHostileRowTests
{
    private static readonly string[] Hostile =
    [
        "", " ", "\t", "0", "-1", "1", "3", "7", "8", "9", "12", "78", "1e308", "NaN", "∞", "-0", "2022-01-05", "0025-05-16", "31-Feb-22",
        "05/01/2022", "State forces", "Protesters only", "Civilians (Iraq)", "Unidentified Armed Group (Iraq)", "Armed clash", "Battles",
        "Attack", "\u0000", "\u001b[31m", "a\r\nb", "\"", ";", "; ;", "Nīnawá province", "IQ-KI", "368", "IRQ", "XKX", "Red Sea",
        new string('x', 5000), new string('9', 40), "١٢", "２０２２-０１-０５",
    ];

    [Property(MaxTest = 500)]
    public Property A_row_of_hostile_values_is_imported_or_rejected_and_never_throws() =>
        Prop.ForAll(HostileRow().ToArbitrary(), values =>
        {
            var context = Context();
            var result = Map(values, context);
            return result switch
            {
                RejectedRow rejected => (!string.IsNullOrWhiteSpace(rejected.Reason) && rejected.Line == 2).Label(rejected.ToString()),
                ImportedRow imported => Validates(imported, context),
                _ => false.Label("neither imported nor rejected"),
            };
        });

    [Property(Arbitrary = new[] { typeof(AcledGenerators) }, MaxTest = 200)]
    public Property Every_imported_incident_validates_in_the_catalog_with_the_records_the_import_made(GeneratedFile file)
    {
        var context = Context();
        var header = Header(file.Columns, file.Layout);
        var mapper = new AcledRowMapper();
        var line = 2;
        var property = true.ToProperty();
        foreach (var values in file.Rows)
        {
            if (mapper.Map(new SourceRow(header, line++, [.. file.Columns.Select(c => values[c])]), context) is ImportedRow imported)
            {
                property = property.And(Validates(imported, context));
            }
        }

        return property;
    }

    private static Property Validates(ImportedRow imported, ImportContext context)
    {
        var catalog = CatalogAfter(context);
        if (catalog.FindIncident(imported.Incident.Id) is null)
        {
            catalog = catalog.With(imported.Incident);
        }

        var result = catalog.Validate();
        return result.IsValid.Label(string.Join("\n", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}")));
    }

    private static Gen<Dictionary<string, string>> HostileRow() =>
        from replaced in Gen.ListOf(Gen.Elements(true, false, false, false), Since2023.Length)
        from values in Gen.ListOf(Gen.Elements(Hostile), Since2023.Length)
        select Since2023.Select((c, i) => (c, v: replaced[i] ? values[i] : Sample()[c])).ToDictionary(p => p.c, p => p.v, StringComparer.OrdinalIgnoreCase);
}
