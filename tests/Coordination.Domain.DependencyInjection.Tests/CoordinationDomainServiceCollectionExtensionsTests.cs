using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Coordination.Domain.DependencyInjection.Tests;

public sealed class CoordinationDomainServiceCollectionExtensionsTests
{
    private static readonly Type[] PublicValidators = typeof(CoordinationCatalog).Assembly.GetExportedTypes()
        .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
        .ToArray();

    [Fact]
    public void Every_public_validator_of_the_model_is_registered_as_the_validator_of_its_type()
    {
        using var provider = new ServiceCollection().AddCoordinationDomain().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Equal(10, PublicValidators.Length);
        Assert.All(PublicValidators, validatorType =>
        {
            var validated = validatorType.BaseType!.GetGenericArguments()[0];
            var resolved = provider.GetRequiredService(typeof(IValidator<>).MakeGenericType(validated));
            Assert.IsType(validatorType, resolved);
        });
    }

    [Fact]
    public void Validators_are_singletons_shared_across_scopes()
    {
        using var provider = new ServiceCollection().AddCoordinationDomain().BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<IValidator<CoordinationCatalog>>(), scope.ServiceProvider.GetRequiredService<IValidator<CoordinationCatalog>>());
        Assert.All(new ServiceCollection().AddCoordinationDomain(), d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }

    [Fact]
    public void Calling_it_twice_registers_each_validator_once()
    {
        var services = new ServiceCollection().AddCoordinationDomain().AddCoordinationDomain();

        Assert.Equal(PublicValidators.Length, services.Count);
    }

    [Fact]
    public void A_validator_the_application_registered_first_is_kept()
    {
        var own = new InlineValidator<Actor>();
        var services = new ServiceCollection().AddSingleton<IValidator<Actor>>(own).AddCoordinationDomain();
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IValidator<Actor>>());
        Assert.IsType<CoordinationCatalogValidator>(provider.GetRequiredService<IValidator<CoordinationCatalog>>());
    }

    [Fact]
    public void It_returns_the_collection_it_was_given_and_refuses_null()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddCoordinationDomain());
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCoordinationDomain()).ParamName);
    }

    [Fact]
    public void The_resolved_catalog_validator_reports_a_relation_to_an_unknown_actor()
    {
        using var provider = new ServiceCollection().AddCoordinationDomain().BuildServiceProvider();
        var validator = provider.GetRequiredService<IValidator<CoordinationCatalog>>();
        var esta = SourceId.Parse("esta-jcc-article");
        var catalog = new CoordinationCatalog
        {
            Actors =
            [
                new Actor
                {
                    Id = ActorId.Parse("peshmerga"), Kind = ActorKind.ArmedForce, Names = NameSet.Of("Peshmerga"), Sources = [esta],
                    Relations = [new ActorRelation { Kind = ActorRelationKind.SubordinateTo, Target = ActorId.Parse("ministry-of-peshmerga") }],
                },
            ],
            Sources = [new Provenance.Source { Id = esta, Publisher = "Esta Media Network", Title = "U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces" }],
        };

        var failure = Assert.Single(validator.Validate(catalog).Errors);

        Assert.Equal(ValidationCodes.Catalog.UnknownActor, failure.ErrorCode);
        Assert.Equal("Actors[0].Relations[0].Target", failure.PropertyName);
    }
}
