using System.Text.RegularExpressions;
using Coordination.Domain.Names;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Territories;

/// <summary>
/// Validates a <see cref="Territory"/> on its own: identifier, kind, names, parent (not itself), ISO
/// 3166 code and P-code syntax, memberships (not of itself, not of one region twice at once), former
/// designations (a code or a name, with the syntax of a current one), claims (one actor not claiming it
/// twice at once), control periods (those of the whole territory never overlap; those of a part may),
/// inference and sources. Whether the parent and the actors exist, and that the parent
/// chain has no cycle, is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the territory holds. Thread-safe.</remarks>
public sealed partial class TerritoryValidator : AbstractValidator<Territory>
{
    /// <summary>Creates the validator.</summary>
    public TerritoryValidator()
    {
        RuleFor(t => t.Id).Present();
        RuleFor(t => t.Kind).Defined();
        RuleFor(t => t.Names).Required().SetValidator(new NameSetValidator());
        RuleFor(t => t.Parent).PresentWhenGiven();
        RuleFor(t => t.Parent)
            .Must((territory, parent) => parent != territory.Id || territory.Id.IsDefault)
            .WithErrorCode(ValidationCodes.Territories.SelfParent)
            .WithMessage("'{PropertyPath}' is the territory itself ('{PropertyValue}'); a territory cannot lie in itself.");
        RuleFor(t => t.IsoCode)
            .Must(code => code is null || IsoCodePattern().IsMatch(code))
            .WithErrorCode(ValidationCodes.Territories.InvalidIsoCode)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', which is neither an ISO 3166-1 alpha-2 code (IQ) nor an ISO 3166-2 code (IQ-KI).");
        RuleFor(t => t.IsoCode)
            .Must((territory, code) => FitsKind(territory.Kind, code))
            .When(t => t.IsoCode is not null && IsoCodePattern().IsMatch(t.IsoCode))
            .WithErrorCode(ValidationCodes.Territories.IsoCodeDoesNotFitKind)
            .WithMessage(t => $"'{{PropertyPath}}' is '{t.IsoCode}', which does not fit a territory of kind {t.Kind}: a country has an ISO 3166-1 alpha-2 code (IQ), anything below it an ISO 3166-2 code (IQ-KI).");
        RuleFor(t => t.PCode)
            .Must(code => code is null || PCodePattern().IsMatch(code))
            .WithErrorCode(ValidationCodes.Territories.InvalidPCode)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', which is not a P-code: two upper-case letters followed by one to eighteen upper-case letters or digits (IQG13, IQG13Q03).");
        RuleForEach(t => t.Memberships).Required().SetValidator(new TerritoryMembershipValidator());
        RuleForEach(t => t.FormerDesignations).Required().SetValidator(new FormerDesignationValidator());
        RuleFor(t => t.Inference).SetValidator(new Provenance.InferenceValidator()!);
        RuleForEach(t => t.Claims).Required().SetValidator(new TerritorialClaimValidator());
        RuleForEach(t => t.ControlPeriods).Required().SetValidator(new ControlPeriodValidator());
        RuleFor(t => t).Custom((territory, context) =>
        {
            var periods = territory.ControlPeriods;
            for (var j = 0; j < periods.Length; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (periods[i] is { IsWhole: true } earlier && periods[j] is { IsWhole: true } later && earlier.Period.Overlaps(later.Period))
                    {
                        context.Report($"ControlPeriods[{j}].Period", ValidationCodes.Territories.OverlappingControlPeriods, $"Control of '{territory.Id}' by '{later.Controller}' over {later.Period} overlaps control by '{earlier.Controller}' over {earlier.Period} (ControlPeriods[{i}]).", later.Period);
                        break;
                    }
                }
            }

            var memberships = territory.Memberships;
            for (var j = 0; j < memberships.Length; j++)
            {
                var membership = memberships[j];
                if (membership is null)
                {
                    continue;
                }

                if (!membership.Region.IsDefault && membership.Region == territory.Id)
                {
                    context.Report($"Memberships[{j}].Region", ValidationCodes.Territories.SelfMembership, $"'{territory.Id}' names itself as a region it belongs to.", membership.Region);
                }

                for (var i = 0; i < j; i++)
                {
                    if (memberships[i] is { } earlier && !membership.Region.IsDefault && earlier.Region == membership.Region && earlier.Period.Overlaps(membership.Period))
                    {
                        context.Report($"Memberships[{j}].Period", ValidationCodes.Territories.OverlappingMemberships, $"'{territory.Id}' belongs to '{membership.Region}' over {membership.Period}, overlapping its membership over {earlier.Period} (Memberships[{i}]).", membership.Period);
                        break;
                    }
                }
            }

            var claims = territory.Claims;
            for (var j = 0; j < claims.Length; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (claims[i] is { } earlier && claims[j] is { } later && !later.Claimant.IsDefault && earlier.Claimant == later.Claimant && earlier.Period.Overlaps(later.Period))
                    {
                        context.Report($"Claims[{j}].Period", ValidationCodes.Territories.OverlappingClaims, $"'{later.Claimant}' claims '{territory.Id}' over {later.Period}, overlapping its claim over {earlier.Period} (Claims[{i}]).", later.Period);
                        break;
                    }
                }
            }
        });
        Include(new CitationRules<Territory>(t => t.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Territory> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    /// <summary>Tells whether <paramref name="code"/> has ISO 3166-1 alpha-2 or ISO 3166-2 syntax.</summary>
    internal static bool IsIsoCode(string code) => IsoCodePattern().IsMatch(code);

    /// <summary>Tells whether <paramref name="code"/> has P-code syntax.</summary>
    internal static bool IsPCode(string code) => PCodePattern().IsMatch(code);

    private static bool FitsKind(TerritoryKind kind, string? code) =>
        code is null || (kind == TerritoryKind.Country) == (code.Length == 2);

    // Linear patterns (no nested quantifiers), so no timeout is needed and a match never throws; \z, not $, so a trailing newline fails.
    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,3})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoCodePattern();

    [GeneratedRegex(@"^[A-Z]{2}[A-Z0-9]{1,18}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PCodePattern();
}
