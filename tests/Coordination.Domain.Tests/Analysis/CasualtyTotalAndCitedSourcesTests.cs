using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Xunit;

namespace Coordination.Domain.Tests.Analysis;

public sealed class CasualtyTotalAndCitedSourcesTests
{
    private static ImmutableArray<SourceId> Ids(params string[] ids) => [.. ids.Select(SourceId.Parse)];

    [Fact]
    public void Of_sums_each_bound_of_the_estimates()
    {
        var total = CasualtyTotal.Of([CasualtyEstimate.Exactly(3), new CasualtyEstimate(1, 2, 5), new CasualtyEstimate(0, 4, 10)]);

        Assert.Equal(new CasualtyTotal(4, 9, 18), total);
        Assert.False(total.IsPartial);
        Assert.Equal(CasualtyTotal.Zero, CasualtyTotal.Of([]));
        Assert.Equal("estimates", Assert.Throws<ArgumentNullException>(() => CasualtyTotal.Of(null!)).ParamName);
    }

    [Fact]
    public void OfReported_sums_what_is_given_marks_a_missing_one_partial_and_gives_nothing_for_none()
    {
        Assert.Equal(new CasualtyTotal(4, 5, 8) { IsPartial = true }, CasualtyTotal.OfReported([CasualtyEstimate.Exactly(3), null, new CasualtyEstimate(1, 2, 5)]));
        Assert.Equal(new CasualtyTotal(3, 3, 3), CasualtyTotal.OfReported([CasualtyEstimate.Exactly(3)]));
        Assert.Null(CasualtyTotal.OfReported(new CasualtyEstimate?[] { null, null }));
        Assert.Equal(new CasualtyTotal(2, 2, 2) { IsPartial = true }, CasualtyTotal.OfReported([new CasualtyTotal(1, 1, 1) { IsPartial = true }, new CasualtyTotal(1, 1, 1)]));
        Assert.Equal("estimates", Assert.Throws<ArgumentNullException>(() => CasualtyTotal.OfReported((System.Collections.Generic.IEnumerable<CasualtyEstimate?>)null!)).ParamName);
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => CasualtyTotal.OfReported((System.Collections.Generic.IEnumerable<CasualtyTotal?>)null!)).ParamName);
    }

    [Theory]
    [InlineData(3, 3, 3, true, "3")]
    [InlineData(3, 3, 4, false, "3 (3–4)")]
    [InlineData(2, 3, 3, false, "3 (2–3)")]
    [InlineData(2, 3, 4, false, "3 (2–4)")]
    public void A_total_is_exact_only_when_its_bounds_meet_and_reads_as_its_best_with_any_range(long low, long best, long high, bool exact, string text)
    {
        var total = new CasualtyTotal(low, best, high);

        Assert.Equal(exact, total.IsExact);
        Assert.Equal(text, total.ToString());
        Assert.Equal("at least " + text, (total with { IsPartial = true }).ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    public void Of_gives_back_a_short_clean_array_itself(int length)
    {
        var ids = Ids([.. Enumerable.Range(0, length).Select(i => $"s{i}")]);

        Assert.True(CitedSources.Of(ids) == ids, "a clean array of up to eight is given back as it is");
    }

    [Fact]
    public void Of_drops_repeats_and_default_ids_keeping_the_first_of_each_in_order()
    {
        Assert.Equal(Ids("a", "b", "c"), CitedSources.Of(Ids("a", "b", "a", "c", "b")));
        Assert.Equal(Ids("a", "b"), CitedSources.Of(Ids("a", "b", "b")));
        Assert.Equal(Ids("a", "b"), CitedSources.Of([SourceId.Parse("a"), default, SourceId.Parse("b")]));
        Assert.Equal(Ids("a"), CitedSources.Of([default, SourceId.Parse("a")]));
        Assert.Empty(CitedSources.Of(default(ImmutableArray<SourceId>)));

        var nine = Ids([.. Enumerable.Range(0, 9).Select(i => $"s{i}")]);
        Assert.Equal(nine, CitedSources.Of(nine));
        Assert.Equal(nine, CitedSources.Of(nine.Add(nine[0])));
    }

    [Fact]
    public void Of_many_citations_keeps_each_source_once_in_the_order_first_cited()
    {
        Assert.Equal(Ids("b", "a", "c"), CitedSources.Of(Ids("b", "a"), default, Ids("a", "c"), Ids("b")));
    }
}
