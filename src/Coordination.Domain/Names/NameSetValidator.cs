using System.Collections.Generic;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Names;

/// <summary>
/// Validates the names of a record: a primary name, no <see langword="null"/> alias, no name twice, and
/// no control character or bidirectional control in any name. The names themselves check that their text
/// is not blank nor too long, and their kind and language, when they are built.
/// </summary>
internal sealed class NameSetValidator : AbstractValidator<NameSet>
{
    /// <summary>Creates the validator.</summary>
    internal NameSetValidator()
    {
        RuleFor(n => n.Primary).Required();
        // Stryker disable once Statement : the constructor refuses a null alias and Aliases has no setter, so no set reaches this with one
        RuleForEach(n => n.Aliases).Required();
        RuleFor(n => n.Primary!.Text).SafeText().When(n => n.Primary is not null);
        RuleForEach(n => n.Aliases).Where(alias => alias is not null).ChildRules(alias => alias.RuleFor(a => a.Text).SafeText());
        RuleFor(n => n).Custom((names, context) =>
        {
            var seen = new HashSet<Name>();
            if (names.Primary is not null)
            {
                seen.Add(names.Primary);
            }

            for (var i = 0; i < names.Aliases.Length; i++)
            {
                var alias = names.Aliases[i];
                if (alias is not null && !seen.Add(alias))
                {
                    context.Report($"Aliases[{i}]", ValidationCodes.Names.DuplicateName, $"The name '{alias.Text}' appears twice.", alias.Text);
                }
            }
        });
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<NameSet> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
