using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Reference;
using Xunit;
using static Coordination.Domain.Tests.Analysis.SituationRecords;

namespace Coordination.Domain.Tests.Analysis;

public sealed class AnalysisRecordTests
{
    // The day after the Prde attack: the reference catalog's picture then has every kind of entry.
    private static Situation Full() => ReferenceCatalog.Load().SituationOn(Date("2021-12-31"));

    [Fact]
    public void The_sample_situation_has_every_kind_of_entry()
    {
        var situation = Full();

        Assert.All(
            new (string Name, int Count)[]
            {
                ("territories", situation.DisputedTerritories.Length), ("lines", situation.Lines.Length), ("mechanisms", situation.Mechanisms.Length),
                ("undated", situation.UndatedMechanisms.Length), ("incidents", situation.Incidents.Length), ("support", situation.Support.Length),
                ("relations", situation.Relations.Length), ("posts", situation.Posts.Length), ("sources", situation.Sources.Length),
            },
            entry => Assert.True(entry.Count > 0, $"no {entry.Name} in the sample"));
    }

    [Fact]
    public void Situation_equality_sees_every_member_and_its_default_arrays_read_empty()
    {
        Assert.Empty(RecordContracts.EqualityBreaches(Full()));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(Full()));
    }

    [Fact]
    public void Every_entry_of_a_situation_holds_to_the_equality_contract()
    {
        var situation = Full();
        var breaches = new List<string>();
        void Check<T>(IEnumerable<T> entries)
            where T : class, IEquatable<T>
        {
            // The entry with the most members set stands for its kind.
            foreach (var entry in entries.Take(8))
            {
                breaches.AddRange(RecordContracts.EqualityBreaches(entry).Select(b => $"{typeof(T).Name}: {b}"));
                breaches.AddRange(RecordContracts.DefaultArrayBreaches(entry).Select(b => $"{typeof(T).Name}: {b}"));
            }
        }

        Check(situation.DisputedTerritories);
        Check(situation.Lines);
        Check(situation.Mechanisms);
        Check(situation.UndatedMechanisms);
        Check(situation.Incidents);
        Check(situation.Support);
        Check(situation.Relations);
        Check(situation.Posts);

        Assert.Empty(breaches);
    }
}
