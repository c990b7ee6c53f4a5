using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the services of Coordination.Domain with an <see cref="IServiceCollection"/>.</summary>
public static class CoordinationDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validators of Coordination.Domain as singletons: <see cref="IValidator{T}"/> of
    /// <see cref="Actor"/>, <see cref="Person"/>, <see cref="Territory"/>, <see cref="CoordinationLine"/>,
    /// <see cref="CoordinationMechanism"/>, <see cref="Incident"/>, <see cref="EnablingSupport"/>,
    /// <see cref="Source"/>, <see cref="Statement"/> and <see cref="CoordinationCatalog"/>.
    /// </summary>
    /// <remarks>
    /// The validators are stateless and thread-safe, hence singletons. A validator the application has
    /// already registered for one of these types is kept (registration uses <c>TryAdd</c>), and calling
    /// this method more than once registers nothing more. The validators are listed, not found by
    /// scanning assemblies, so registration stays trim- and Native-AOT-safe.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, to chain further calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCoordinationDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IValidator<Actor>, ActorValidator>();
        services.TryAddSingleton<IValidator<Person>, PersonValidator>();
        services.TryAddSingleton<IValidator<Territory>, TerritoryValidator>();
        services.TryAddSingleton<IValidator<CoordinationLine>, CoordinationLineValidator>();
        services.TryAddSingleton<IValidator<CoordinationMechanism>, CoordinationMechanismValidator>();
        services.TryAddSingleton<IValidator<Incident>, IncidentValidator>();
        services.TryAddSingleton<IValidator<EnablingSupport>, EnablingSupportValidator>();
        services.TryAddSingleton<IValidator<Source>, SourceValidator>();
        services.TryAddSingleton<IValidator<Statement>, StatementValidator>();
        services.TryAddSingleton<IValidator<CoordinationCatalog>, CoordinationCatalogValidator>();
        return services;
    }
}
