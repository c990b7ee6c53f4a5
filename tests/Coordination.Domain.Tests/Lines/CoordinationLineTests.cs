using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Lines;

public sealed class CoordinationLineTests
{
    private static readonly GeoPoint Makhmour = new(35.77556, 43.57944);
    private static readonly GeoPoint Kirkuk = new(35.46667, 44.31667);
    private static readonly GeoPoint Tuz = new(34.8842, 44.6358);

    public static TheoryData<string, Func<CoordinationLine, CoordinationLine>> OneMemberChanged() => new()
    {
        { "Id", l => l with { Id = CoordinationLineId.Parse("another-line") } },
        { "Names", l => l with { Names = new NameSet(new Name("Trigger Line")) } },
        { "SideA", l => l with { SideA = ArticleFacts.Krg } },
        { "SideB", l => l with { SideB = ArticleFacts.GovernmentOfIraq } },
        { "Points", l => l with { Points = [Makhmour, Kirkuk] } },
        { "Points, in another order", l => l with { Points = [Tuz, Kirkuk, Makhmour] } },
        { "Description", l => l with { Description = "Held since October 2017." } },
        { "Sources", l => l with { Sources = [ArticleFacts.Esta, SourceId.Parse("another-source")] } },
        { "Inference", l => l with { Inference = new Inference { Reasoning = "Traced from the front lines of 2017." } } },
    };

    [Fact]
    public void An_unknown_trace_has_no_length()
    {
        Assert.Equal(0.0, ArticleFacts.KurdishCoordinationLine.LengthInMetres);
        Assert.Equal(0.0, (ArticleFacts.KurdishCoordinationLine with { Points = [Kirkuk] }).LengthInMetres);
    }

    [Fact]
    public void The_length_of_a_trace_is_the_sum_of_its_legs()
    {
        var line = ArticleFacts.KurdishCoordinationLine with { Points = [Makhmour, Kirkuk, Tuz] };

        var legs = Makhmour.DistanceTo(Kirkuk) + Kirkuk.DistanceTo(Tuz);

        Assert.Equal(legs, line.LengthInMetres, 1e-6);
        Assert.InRange(line.LengthInMetres, 140_000, 160_000); // Makhmour–Kirkuk about 75 km, Kirkuk–Tuz about 75 km
        Assert.True(line.LengthInMetres > Makhmour.DistanceTo(Tuz));
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) }, MaxTest = 200)]
    public bool A_trace_is_as_long_backwards_and_never_shorter_than_the_way_between_its_ends(GeoPoint[] points)
    {
        var line = ArticleFacts.KurdishCoordinationLine with { Points = [.. points] };
        var reversed = line with { Points = [.. points.Reverse()] };
        var direct = points.Length < 2 ? 0.0 : points[0].DistanceTo(points[^1]);

        return Math.Abs(line.LengthInMetres - reversed.LengthInMetres) <= 1e-6 * Math.Max(1.0, line.LengthInMetres)
            && line.LengthInMetres >= direct - 1e-6
            && line.LengthInMetres >= 0;
    }

    [Fact]
    public void Default_collections_read_as_empty()
    {
        var line = ArticleFacts.KurdishCoordinationLine with { Points = default, Sources = default };

        Assert.False(line.Points.IsDefault);
        Assert.Empty(line.Points);
        Assert.False(line.Sources.IsDefault);
        Assert.Empty(line.Sources);
        Assert.Empty(new CoordinationLine { Id = ArticleFacts.Kcl, Names = new NameSet(new Name("KCL")), SideA = ArticleFacts.Peshmerga, SideB = ArticleFacts.Isf }.Points);
    }

    [Fact]
    public void Copies_are_equal_with_equal_hashes_and_collections_compare_by_content()
    {
        var line = ArticleFacts.KurdishCoordinationLine with { Points = [Makhmour, Kirkuk], Description = "d", Inference = new Inference { Reasoning = "r" } };
        var copy = line with { Points = ImmutableArray.Create(Makhmour, Kirkuk), Sources = [.. line.Sources], Inference = new Inference { Reasoning = "r" } };

        Assert.Equal(line, copy);
        Assert.Equal(line.GetHashCode(), copy.GetHashCode());
        Assert.False(line.Equals(null));
    }

    [Theory]
    [MemberData(nameof(OneMemberChanged))]
    public void Lines_differing_in_one_member_are_not_equal(string member, Func<CoordinationLine, CoordinationLine> change)
    {
        var line = ArticleFacts.KurdishCoordinationLine with { Points = [Makhmour, Kirkuk, Tuz] };

        var changed = change(line);

        Assert.False(line.Equals(changed), member);
        Assert.False(changed.Equals(line), member);
    }

    [Fact]
    public void A_stretch_compares_its_line_and_territory()
    {
        Assert.Equal(new LineStretch(ArticleFacts.Kcl, ArticleFacts.Diyala), new LineStretch(ArticleFacts.Kcl, ArticleFacts.Diyala));
        Assert.NotEqual(new LineStretch(ArticleFacts.Kcl, ArticleFacts.Diyala), new LineStretch(ArticleFacts.Kcl, ArticleFacts.Kirkuk));
        Assert.NotEqual(new LineStretch(ArticleFacts.Kcl), new LineStretch(ArticleFacts.Kcl, ArticleFacts.Kirkuk));
        Assert.Null(new LineStretch(ArticleFacts.Kcl).Within);
    }
}
