using System;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Actors;

public sealed class ActorRecordTests
{
    private static readonly DatePeriod FromKirkuk = DatePeriod.From(ArticleFacts.FallOfKirkuk);

    private static ActorRelation Relation(ActorRelationKind kind, ActorId target, DatePeriod period = default) =>
        new() { Kind = kind, Target = target, Period = period, Sources = [ArticleFacts.Esta], Inference = new Inference { Reasoning = "Stated.", From = [ArticleFacts.Esta] } };

    private static Actor FullActor() => new()
    {
        Id = ArticleFacts.Peshmerga,
        Kind = ActorKind.ArmedForce,
        Names = NameSet.Of("Peshmerga", "Kurdish forces"),
        Existence = DatePeriod.From(new LocalDate(1992, 1, 1)),
        Description = "The armed forces of the Kurdistan Region.",
        Relations = [Relation(ActorRelationKind.SubordinateTo, ArticleFacts.MinistryOfPeshmerga), Relation(ActorRelationKind.PartOf, ArticleFacts.Krg)],
        Sources = [ArticleFacts.Esta],
        Inference = new Inference { Reasoning = "From the article.", From = [ArticleFacts.Esta] },
    };

    private static Person FullPerson() => new()
    {
        Id = PersonId.Parse("a-commander"),
        Names = NameSet.Of("A Commander"),
        Posts = [new Post { Actor = ArticleFacts.Peshmerga, Title = "Commander", Period = FromKirkuk, Sources = [ArticleFacts.Esta] }],
        Sources = [ArticleFacts.Esta],
        Inference = new Inference { Reasoning = "Named in the article.", From = [ArticleFacts.Esta] },
    };

    private static Post FullPost() => new()
    {
        Actor = ArticleFacts.Peshmerga,
        Title = "Commander",
        Period = FromKirkuk,
        Sources = [ArticleFacts.Esta],
        Inference = new Inference { Reasoning = "Named in the article.", From = [ArticleFacts.Esta] },
    };

    [Fact]
    public void Actor_equality_sees_every_member_and_default_arrays_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullActor()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullActor()));
    }

    [Fact]
    public void Person_equality_sees_every_member_and_default_arrays_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullPerson()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullPerson()));
    }

    [Fact]
    public void Post_equality_sees_every_member_and_default_arrays_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(FullPost()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(FullPost()));
    }

    [Fact]
    public void Relation_equality_sees_every_member_and_default_arrays_read_empty()
    {
        var relation = Relation(ActorRelationKind.LiaisonTo, ArticleFacts.Isf, FromKirkuk);

        Assert.Empty(RecordContracts.EqualityBreaches(relation));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(relation));
    }

    [Fact]
    public void RelationsOn_gives_the_relations_of_the_kind_held_on_the_day_in_order()
    {
        var before = DatePeriod.Until(ArticleFacts.FallOfKirkuk);
        var actor = FullActor() with
        {
            Relations =
            [
                Relation(ActorRelationKind.LiaisonTo, ArticleFacts.Isf, before),
                Relation(ActorRelationKind.PartOf, ArticleFacts.Krg),
                Relation(ActorRelationKind.LiaisonTo, ArticleFacts.Joc, FromKirkuk),
                Relation(ActorRelationKind.LiaisonTo, ArticleFacts.Coalition),
                null!,
            ],
        };

        Assert.Equal([ArticleFacts.Joc, ArticleFacts.Coalition], actor.RelationsOn(ActorRelationKind.LiaisonTo, ArticleFacts.FallOfKirkuk).Select(r => r.Target));
        Assert.Equal([ArticleFacts.Isf, ArticleFacts.Coalition], actor.RelationsOn(ActorRelationKind.LiaisonTo, ArticleFacts.FallOfKirkuk.PlusDays(-1)).Select(r => r.Target));
        Assert.Equal([ArticleFacts.Krg], actor.RelationsOn(ActorRelationKind.PartOf, ArticleFacts.FallOfKirkuk).Select(r => r.Target));
        Assert.Empty(actor.RelationsOn(ActorRelationKind.MemberOf, ArticleFacts.FallOfKirkuk));
    }

    [Fact]
    public void WithRelation_adds_at_the_end_and_refuses_null_and_the_actor_itself()
    {
        var actor = FullActor();
        var added = actor.WithRelation(Relation(ActorRelationKind.LiaisonTo, ArticleFacts.Joc));

        Assert.Equal(actor.Relations.Length + 1, added.Relations.Length);
        Assert.Equal(ArticleFacts.Joc, added.Relations[^1].Target);
        Assert.Equal(actor.Relations.Length, actor.Relations.Length);
        Assert.Equal("relation", Assert.Throws<ArgumentNullException>(() => actor.WithRelation(null!)).ParamName);
        var self = Assert.Throws<ArgumentException>(() => actor.WithRelation(Relation(ActorRelationKind.PartOf, ArticleFacts.Peshmerga)));
        Assert.Equal("relation", self.ParamName);
        Assert.Contains("Actor 'peshmerga' cannot stand in a relation to itself", self.Message, StringComparison.Ordinal);
    }
}
