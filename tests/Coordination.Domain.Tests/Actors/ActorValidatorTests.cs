using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Actors;

public sealed class ActorValidatorTests : EnglishCulture
{
    private static ActorValidator Validator => new();

    private static Actor Peshmerga => ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga", "KSF") with
    {
        Relations = [new ActorRelation { Kind = ActorRelationKind.SubordinateTo, Target = ArticleFacts.MinistryOfPeshmerga }],
    };

    public static TheoryData<RuleCase<Actor>> Rules() => new(RuleCases);

    private static RuleCase<Actor>[] RuleCases =>
    [
        new("a default identifier", a => a with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("an undefined kind", a => a with { Kind = (ActorKind)42 }, "Kind", ValidationCodes.General.UndefinedEnumValue),
        new("no names", a => a with { Names = null! }, "Names", ValidationCodes.General.NullValue),
        new("an alias repeating the primary name", a => a with { Names = a.Names.WithAlias(new Name("Peshmerga")) }, "Names.Aliases[1]", ValidationCodes.Names.DuplicateName),
        new("a blank description", a => a with { Description = " " }, "Description", ValidationCodes.General.BlankText),
        new("an overlong description", a => a with { Description = new string('x', ValidationLimits.MaxDescriptionLength + 1) }, "Description", ValidationCodes.General.TextTooLong),
        new("a null relation", a => a with { Relations = a.Relations.Add(null!) }, "Relations[1]", ValidationCodes.General.NullValue),
        new("a relation to a default identifier", a => a with { Relations = [new ActorRelation { Kind = ActorRelationKind.PartOf, Target = default }] }, "Relations[0].Target", ValidationCodes.General.MissingIdentifier),
        new("a relation of an undefined kind", a => a with { Relations = [new ActorRelation { Kind = (ActorRelationKind)(-1), Target = ArticleFacts.Krg }] }, "Relations[0].Kind", ValidationCodes.General.UndefinedEnumValue),
        new("a relation to itself", a => a with { Relations = [new ActorRelation { Kind = ActorRelationKind.PartOf, Target = ArticleFacts.Peshmerga }] }, "Relations[0].Target", ValidationCodes.Actors.SelfRelation),
        new("the same relation twice at once", a => a with { Relations = a.Relations.Add(a.Relations[0] with { Period = DatePeriod.From(new LocalDate(2017, 1, 1)) }) }, "Relations[1].Period", ValidationCodes.Actors.OverlappingRelations),
        new("no source", a => a with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
        new("a source twice", a => a with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }, "Sources[1]", ValidationCodes.Citations.DuplicateSource),
        new("a default source identifier", a => a with { Sources = a.Sources.Add(default) }, "Sources[1]", ValidationCodes.General.MissingIdentifier),
        new("a relation citing a default source", a => a with { Relations = [a.Relations[0] with { Sources = [default] }] }, "Relations[0].Sources[0]", ValidationCodes.General.MissingIdentifier),
        new("an inference with blank reasoning", a => a with { Inference = new Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
    ];

    [Fact]
    public void The_Peshmerga_subordinate_to_the_Ministry_of_Peshmerga_are_valid()
    {
        Validator.TestValidate(Peshmerga).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Actor> rule)
    {
        Validator.TestValidate(rule.Break(Peshmerga)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Fact]
    public void Relations_of_one_kind_to_one_target_in_successive_periods_are_valid()
    {
        var split = new LocalDate(2017, 10, 16);
        var actor = Peshmerga with
        {
            Relations =
            [
                new ActorRelation { Kind = ActorRelationKind.LiaisonTo, Target = ArticleFacts.Isf, Period = DatePeriod.Until(split) },
                new ActorRelation { Kind = ActorRelationKind.LiaisonTo, Target = ArticleFacts.Isf, Period = DatePeriod.From(split) },
            ],
        };

        Validator.TestValidate(actor).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = Validator.TestValidate(Peshmerga with { Id = default, Kind = (ActorKind)42, Sources = [] });

        result.ShouldHaveValidationErrorFor(a => a.Id).WithErrorCode(ValidationCodes.General.MissingIdentifier);
        result.ShouldHaveValidationErrorFor(a => a.Kind).WithErrorCode(ValidationCodes.General.UndefinedEnumValue);
        result.ShouldHaveValidationErrorFor(a => a.Sources).WithErrorCode(ValidationCodes.Citations.NoSource);
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void The_message_names_the_path_and_says_what_is_wrong()
    {
        var result = Validator.TestValidate(Peshmerga with { Relations = [new ActorRelation { Kind = (ActorRelationKind)9, Target = ArticleFacts.Krg }] });

        result.ShouldHaveValidationErrorFor("Relations[0].Kind")
            .WithErrorMessage("'Relations[0].Kind' is 9, which is not a defined ActorRelationKind value.");
    }

    [Fact]
    public void A_null_actor_is_reported_not_thrown()
    {
        var result = Validator.Validate((Actor)null!);

        Assert.Equal(ValidationCodes.General.NullValue, Assert.Single(result.Errors).ErrorCode);
    }
}
