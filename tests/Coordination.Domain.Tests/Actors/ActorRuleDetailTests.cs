using System;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Temporal;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.Results;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Actors;

/// <summary>The cross-item rules of actors and persons: which item each problem is reported on, how often, and what the message says.</summary>
public sealed class ActorRuleDetailTests : EnglishCulture
{
    private static readonly ActorRelation ToMinistry = new() { Kind = ActorRelationKind.SubordinateTo, Target = ArticleFacts.MinistryOfPeshmerga };
    private static readonly ActorRelation ToItself = new() { Kind = ActorRelationKind.PartOf, Target = ArticleFacts.Peshmerga };
    private static readonly Post Spokesperson = new() { Actor = ArticleFacts.Coalition, Title = "Spokesperson" };

    private static Actor Peshmerga(params ActorRelation[] relations) =>
        ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga") with { Relations = [.. relations] };

    private static string[] Codes(ValidationResult result) => [.. result.Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void A_relation_to_itself_is_reported_once_each_and_never_as_an_overlap()
    {
        var result = new ActorValidator().Validate(Peshmerga(ToItself, ToItself));

        Assert.Equal(["Relations[0].Target " + ValidationCodes.Actors.SelfRelation, "Relations[1].Target " + ValidationCodes.Actors.SelfRelation], Codes(result));
        Assert.Contains("Actor 'peshmerga' cannot stand in a relation to itself.", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_repeated_three_times_is_reported_once_per_repeat_naming_the_first_it_overlaps()
    {
        var result = new ActorValidator().Validate(Peshmerga(ToMinistry, ToMinistry, ToMinistry));

        Assert.Equal(["Relations[1].Period " + ValidationCodes.Actors.OverlappingRelations, "Relations[2].Period " + ValidationCodes.Actors.OverlappingRelations], Codes(result));
        var message = result.Errors[1].ErrorMessage;
        Assert.Contains("The SubordinateTo relation to 'ministry-of-peshmerga'", message, StringComparison.Ordinal);
        Assert.Contains("(Relations[0])", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_relation_before_others_is_reported_alone_and_does_not_stop_the_overlap_check()
    {
        var result = new ActorValidator().Validate(Peshmerga(null!, ToMinistry, ToMinistry with { Period = DatePeriod.From(new LocalDate(2017, 1, 1)) }));

        Assert.Equal(["Relations[0] " + ValidationCodes.General.NullValue, "Relations[2].Period " + ValidationCodes.Actors.OverlappingRelations], Codes(result));
    }

    [Fact]
    public void Relations_of_another_kind_target_or_time_do_not_overlap()
    {
        var until = DatePeriod.Until(new LocalDate(2017, 1, 1));
        var from = DatePeriod.From(new LocalDate(2017, 1, 1));
        var actor = Peshmerga(ToMinistry with { Period = until }, ToMinistry with { Period = from }, ToMinistry with { Kind = ActorRelationKind.PartOf }, ToMinistry with { Target = ArticleFacts.Krg });

        Assert.Empty(new ActorValidator().Validate(actor).Errors);
    }

    [Fact]
    public void A_post_repeated_three_times_is_reported_once_per_repeat_naming_the_first_it_overlaps()
    {
        var result = new PersonValidator().Validate(ArticleFacts.Marotto with { Posts = [Spokesperson, Spokesperson, Spokesperson with { Title = " SPOKESPERSON " }] });

        Assert.Equal(["Posts[1].Period " + ValidationCodes.People.OverlappingPosts, "Posts[2].Period " + ValidationCodes.People.OverlappingPosts], Codes(result));
        var message = result.Errors[1].ErrorMessage;
        Assert.Contains("The post ' SPOKESPERSON ' in 'cjtf-oir'", message, StringComparison.Ordinal);
        Assert.Contains("(Posts[0])", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_untitled_posts_are_reported_for_themselves_only()
    {
        var untitled = Spokesperson with { Title = "  " };

        var result = new PersonValidator().Validate(ArticleFacts.Marotto with { Posts = [null!, Spokesperson, null!, untitled, untitled] });

        Assert.Equal(
            ["Posts[0] " + ValidationCodes.General.NullValue, "Posts[2] " + ValidationCodes.General.NullValue, "Posts[3].Title " + ValidationCodes.General.RequiredTextMissing, "Posts[4].Title " + ValidationCodes.General.RequiredTextMissing],
            Codes(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PostsOn_gives_the_posts_held_on_the_day_skipping_null_ones()
    {
        var kirkuk = ArticleFacts.FallOfKirkuk;
        var person = ArticleFacts.Marotto with
        {
            Posts = [null!, Spokesperson with { Period = DatePeriod.Until(kirkuk) }, Spokesperson with { Title = "Director", Period = DatePeriod.From(kirkuk) }],
        };

        Assert.Equal(["Director"], person.PostsOn(kirkuk).Select(p => p.Title));
        Assert.Equal(["Spokesperson"], person.PostsOn(kirkuk.PlusDays(-1)).Select(p => p.Title));
    }

    [Fact]
    public void A_post_and_a_relation_have_their_sources_and_inference_checked()
    {
        var badInference = new Coordination.Domain.Provenance.Inference { Reasoning = " ", From = [ArticleFacts.Esta] };
        string[] PersonCodes(Post post) => [.. new PersonValidator().Validate(ArticleFacts.Marotto with { Posts = [post] }).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

        Assert.Equal(["Posts[0].Inference.Reasoning " + ValidationCodes.General.RequiredTextMissing], PersonCodes(Spokesperson with { Inference = badInference }));
        Assert.Equal(["Posts[0].Sources[1] " + ValidationCodes.Citations.DuplicateSource], PersonCodes(Spokesperson with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta] }));
        Assert.Empty(PersonCodes(Spokesperson with { Sources = [] }));
        Assert.Equal(["Relations[0].Inference.Reasoning " + ValidationCodes.General.RequiredTextMissing], Codes(new ActorValidator().Validate(Peshmerga(ToMinistry with { Inference = badInference }))));
    }
}
