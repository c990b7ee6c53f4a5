using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Territories;

public sealed class TerritoryTests
{
    [Fact]
    public void Kirkuk_was_controlled_by_the_Peshmerga_before_16_October_2017_and_by_the_ISF_from_then_on()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;

        Assert.Equal(ArticleFacts.Peshmerga, kirkuk.ControllerOn(new LocalDate(2017, 10, 15)));
        Assert.Equal(ArticleFacts.Isf, kirkuk.ControllerOn(ArticleFacts.FallOfKirkuk));
        Assert.Equal(ArticleFacts.Isf, kirkuk.ControllerOn(new LocalDate(2021, 5, 1)));
    }

    [Fact]
    public void Kirkuk_is_disputed_because_Baghdad_and_Erbil_both_claim_it()
    {
        var kirkuk = ArticleFacts.KirkukGovernorate;

        Assert.True(kirkuk.IsDisputedOn(new LocalDate(2021, 5, 1)));
        Assert.Equal([ArticleFacts.GovernmentOfIraq, ArticleFacts.Krg], kirkuk.ClaimantsOn(new LocalDate(2021, 5, 1)));
    }

    [Fact]
    public void A_territory_claimed_by_one_actor_or_by_one_actor_twice_is_not_disputed()
    {
        var claim = new TerritorialClaim { Claimant = ArticleFacts.Krg };
        var erbil = ArticleFacts.Territory(ArticleFacts.Erbil, TerritoryKind.Governorate, "Erbil").WithClaim(claim).WithClaim(claim);

        Assert.False(erbil.IsDisputedOn(new LocalDate(2021, 5, 1)));
    }

    [Fact]
    public void A_claim_that_has_lapsed_no_longer_makes_a_territory_disputed()
    {
        var territory = ArticleFacts.Territory(ArticleFacts.Makhmour, TerritoryKind.District, "Makhmour")
            .WithClaim(new TerritorialClaim { Claimant = ArticleFacts.GovernmentOfIraq })
            .WithClaim(new TerritorialClaim { Claimant = ArticleFacts.Krg, Period = DatePeriod.Until(new LocalDate(2010, 1, 1)) });

        Assert.True(territory.IsDisputedOn(new LocalDate(2009, 12, 31)));
        Assert.False(territory.IsDisputedOn(new LocalDate(2010, 1, 1)));
    }

    [Fact]
    public void Control_is_unknown_on_a_date_no_period_covers()
    {
        var territory = ArticleFacts.Territory(ArticleFacts.Prde, TerritoryKind.Town, "Prde")
            .WithControlPeriod(new ControlPeriod { Controller = ArticleFacts.Isf, Period = DatePeriod.From(new LocalDate(2017, 10, 20)) });

        Assert.Null(territory.ControllerOn(new LocalDate(2017, 10, 19)));
    }

    [Fact]
    public void WithControlPeriod_refuses_a_period_that_overlaps_one_the_territory_has()
    {
        var overlapping = new ControlPeriod { Controller = ArticleFacts.Peshmerga, Period = DatePeriod.Between(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 20)) };

        var error = Assert.Throws<ArgumentException>(() => ArticleFacts.KirkukGovernorate.WithControlPeriod(overlapping));

        Assert.Equal("period", error.ParamName);
        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithControlPeriod_keeps_the_periods_in_order_of_their_start()
    {
        var territory = ArticleFacts.Territory(ArticleFacts.Prde, TerritoryKind.Town, "Prde")
            .WithControlPeriod(new ControlPeriod { Controller = ArticleFacts.Isf, Period = DatePeriod.From(new LocalDate(2017, 10, 20)) })
            .WithControlPeriod(new ControlPeriod { Controller = ArticleFacts.Peshmerga, Period = DatePeriod.Until(new LocalDate(2017, 10, 20)) });

        Assert.Equal([ArticleFacts.Peshmerga, ArticleFacts.Isf], territory.ControlPeriods.Select(p => p.Controller));
    }

    [Property]
    public Property A_territory_built_with_WithControlPeriod_has_at_most_one_controller_on_any_date((int Start, int Length, bool Open)[] periods, int probe)
    {
        var controllers = new[] { ArticleFacts.Peshmerga, ArticleFacts.Isf, ArticleFacts.Isis };
        var origin = new LocalDate(2014, 1, 1);
        var territory = ArticleFacts.Territory(ArticleFacts.Kirkuk, TerritoryKind.Governorate, "Kirkuk");
        var k = 0;
        foreach (var (start, length, open) in periods ?? [])
        {
            var from = origin.PlusDays(start % 3000);
            var period = open ? DatePeriod.From(from) : DatePeriod.Between(from, from.PlusDays(1 + Math.Abs(length % 400)));
            try
            {
                territory = territory.WithControlPeriod(new ControlPeriod { Controller = controllers[k++ % 3], Period = period });
            }
            catch (ArgumentException)
            {
                // Refused: it overlapped a period already there.
            }
        }

        var date = origin.PlusDays((probe % 3500) - 100);
        var covering = territory.ControlPeriods.Where(p => p.Period.Contains(date)).ToList();
        return (covering.Count <= 1 && territory.ControllerOn(date) == covering.SingleOrDefault()?.Controller)
            .Label($"{covering.Count} periods cover {date}");
    }
}
