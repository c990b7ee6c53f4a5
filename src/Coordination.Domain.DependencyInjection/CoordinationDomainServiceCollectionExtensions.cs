using System;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the services of Coordination.Domain with an <see cref="IServiceCollection"/>.</summary>
public static class CoordinationDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validators of Coordination.Domain as singletons: <see cref="IValidator{T}"/> of each
    /// kind of record of <see cref="CatalogRecordKinds.All"/> (<c>Actor</c>, <c>Person</c>, <c>Territory</c>,
    /// <c>CoordinationLine</c>, <c>CoordinationMechanism</c>, <c>Incident</c>, <c>EnablingSupport</c>,
    /// <c>Source</c>, <c>Statement</c>), as <see cref="CatalogRecordKind{TRecord, TId}.CreateValidator"/> makes
    /// it, and of <see cref="CoordinationCatalog"/>.
    /// </summary>
    /// <remarks>
    /// The validators are stateless and thread-safe, hence singletons. A validator the application has
    /// already registered for one of these types is kept (registration uses <c>TryAdd</c>), and calling
    /// this method more than once registers nothing more. The validators come from the table of kinds, not from
    /// scanning assemblies, so registration stays trim- and Native-AOT-safe.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, to chain further calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCoordinationDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var validators = new RecordValidators(services);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(validators);
        }

        services.TryAddSingleton<IValidator<CoordinationCatalog>, CoordinationCatalogValidator>();
        return services;
    }

    // Registers the validator of each kind of record, as CatalogRecordKind.CreateValidator makes it.
    private sealed class RecordValidators(IServiceCollection services) : ICatalogRecordKindVisitor
    {
        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId> =>
            services.TryAddSingleton(_ => kind.CreateValidator());
    }
}
