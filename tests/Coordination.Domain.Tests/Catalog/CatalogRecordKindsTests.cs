using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FluentValidation;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CatalogRecordKindsTests
{
    private static readonly Type[] RecordTypes = [.. typeof(CoordinationCatalog).Assembly.GetExportedTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICatalogRecord<>)))];

    [Fact]
    public void Every_type_that_is_a_catalog_record_has_one_kind_and_every_kind_is_at_its_index()
    {
        Assert.Equal(RecordTypes.OrderBy(t => t.Name), CatalogRecordKinds.All.Select(k => k.RecordType).OrderBy(t => t.Name));
        Assert.Equal(Enumerable.Range(0, CatalogRecordKinds.All.Length), CatalogRecordKinds.All.Select(k => k.Index));
        Assert.Equal(CatalogRecordKinds.All.Length, CatalogRecordKinds.All.Distinct().Count());
    }

    [Fact]
    public void Each_kind_names_the_catalog_and_document_collection_of_its_records_in_the_same_order()
    {
        static string[] Collections(Type type) => [.. type.GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            .OrderBy(p => p.MetadataToken)
            .Select(p => $"{p.Name}:{p.PropertyType.GetGenericArguments()[0].Name}")];

        var kinds = CatalogRecordKinds.All.Select(k => $"{k.Name}:{k.RecordType.Name}").ToArray();

        Assert.Equal(kinds, Collections(typeof(CoordinationCatalog)));
        Assert.Equal(kinds, Collections(typeof(CoordinationCatalogDocument)));
    }

    [Fact]
    public void Each_kind_reads_and_replaces_its_own_collection_only()
    {
        var catalog = ArticleFacts.Catalog;

        foreach (var kind in CatalogRecordKinds.All)
        {
            var emptied = new Emptier(catalog);
            kind.Accept(emptied);

            Assert.Equal(0, kind.CountIn(emptied.Result));
            Assert.All(CatalogRecordKinds.All.Where(k => k != kind), other => Assert.Equal(other.CountIn(catalog), other.CountIn(emptied.Result)));
            Assert.Equal(catalog, emptied.Restored);
        }
    }

    [Fact]
    public void Each_kind_creates_the_validator_of_its_records()
    {
        foreach (var kind in CatalogRecordKinds.All)
        {
            var check = new ValidatorCheck();
            kind.Accept(check);

            Assert.Equal(kind.RecordType, check.Validated);
            Assert.Equal($"{kind.RecordType.Name}Validator", check.ValidatorName);
        }
    }

    [Fact]
    public void The_identifier_type_of_each_kind_is_the_one_its_records_implement()
    {
        Assert.All(CatalogRecordKinds.All, kind =>
            Assert.Equal(typeof(ICatalogRecord<>).MakeGenericType(kind.IdType), kind.RecordType.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICatalogRecord<>))));
    }

    [Fact]
    public void The_Testing_package_has_a_malformed_generator_for_every_kind()
    {
        foreach (var kind in CatalogRecordKinds.All)
        {
            var sample = new MalformedSample();
            kind.Accept(sample);

            Assert.Equal(kind.RecordType, sample.Generated);
        }
    }

    [Fact]
    public void A_kind_describes_itself_by_its_name()
    {
        Assert.Equal("Lines", CatalogRecordKinds.Lines.ToString());
        Assert.Equal(typeof(CoordinationLineId), CatalogRecordKinds.Lines.IdType);
    }

    private sealed class Emptier(CoordinationCatalog catalog) : ICatalogRecordKindVisitor
    {
        internal CoordinationCatalog Result { get; private set; } = CoordinationCatalog.Empty;

        internal CoordinationCatalog? Restored { get; private set; }

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            Result = kind.WithRecords(catalog, default);
            Restored = kind.WithRecords(Result, kind.RecordsOf(catalog));
        }
    }

    private sealed class ValidatorCheck : ICatalogRecordKindVisitor
    {
        internal Type? Validated { get; private set; }

        internal string? ValidatorName { get; private set; }

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            IValidator<TRecord> validator = kind.CreateValidator();
            Validated = typeof(TRecord);
            ValidatorName = validator.GetType().Name;
        }
    }

    private sealed class MalformedSample : ICatalogRecordKindVisitor
    {
        internal Type? Generated { get; private set; }

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            _ = FsCheck.Fluent.Gen.Sample(MalformedGenerators.Record(kind), 1);
            Generated = typeof(TRecord);
        }
    }
}
