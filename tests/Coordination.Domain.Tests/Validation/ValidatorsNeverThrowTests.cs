using System;
using System.Collections.Frozen;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using Coordination.Domain.Testing;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

/// <summary>
/// Validators never throw, whatever object they get: they report what is wrong, each failure with a
/// code that <see cref="ValidationCodes"/> declares, a path and a message. The one place this is checked
/// (the catalog's validator included).
/// </summary>
[Properties(Arbitrary = new[] { typeof(MalformedArbitraries) }, MaxTest = 300)]
public sealed class ValidatorsNeverThrowTests
{
    [Property]
    public bool ActorValidator_never_throws(Actor actor) => Reports(new ActorValidator().Validate(actor));

    [Property]
    public bool PersonValidator_never_throws(Person person) => Reports(new PersonValidator().Validate(person));

    [Property]
    public bool TerritoryValidator_never_throws(Territory territory) => Reports(new TerritoryValidator().Validate(territory));

    [Property]
    public bool CoordinationLineValidator_never_throws(CoordinationLine line) => Reports(new CoordinationLineValidator().Validate(line));

    [Property]
    public bool CoordinationMechanismValidator_never_throws(CoordinationMechanism mechanism) => Reports(new CoordinationMechanismValidator().Validate(mechanism));

    [Property]
    public bool IncidentValidator_never_throws(Incident incident) => Reports(new IncidentValidator().Validate(incident));

    [Property]
    public bool EnablingSupportValidator_never_throws(EnablingSupport support) => Reports(new EnablingSupportValidator().Validate(support));

    [Property]
    public bool SourceValidator_never_throws(Source source) => Reports(new SourceValidator().Validate(source));

    [Property]
    public bool StatementValidator_never_throws(Statement statement) => Reports(new StatementValidator().Validate(statement));

    [Property]
    public bool CoordinationCatalogValidator_never_throws(CoordinationCatalog catalog) => Reports(catalog.Validate());

    [Fact]
    public void Every_validator_reports_a_null_instance_instead_of_throwing()
    {
        IValidator[] validators =
        [
            new ActorValidator(), new PersonValidator(), new TerritoryValidator(), new CoordinationLineValidator(), new CoordinationMechanismValidator(),
            new IncidentValidator(), new EnablingSupportValidator(), new SourceValidator(), new StatementValidator(), new CoordinationCatalogValidator(),
        ];

        foreach (var validator in validators)
        {
            var type = validator.GetType().BaseType!.GetGenericArguments()[0];
            var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(type), [null])!;
            var result = validator.Validate(context);
            Assert.Equal(ValidationCodes.General.NullValue, Assert.Single(result.Errors).ErrorCode);
        }
    }

    private static readonly FrozenSet<string> Codes = ErrorCodeDocumentation.DeclaredCodes(typeof(ValidationCodes)).Values.ToFrozenSet(StringComparer.Ordinal);

    private static bool Reports(ValidationResult result) =>
        result.Errors.All(e => Codes.Contains(e.ErrorCode) && e.PropertyName is not null && !string.IsNullOrWhiteSpace(e.ErrorMessage));
}
