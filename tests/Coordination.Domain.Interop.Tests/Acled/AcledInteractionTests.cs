using System.Collections.Generic;
using Coordination.Domain.Interop.Acled;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledInteractionTests
{
    /// <summary>The labels ACLED's API returns for every interaction (as listed in guyschvitz/acleddata, R/getAcledInterCodes.R), including 67, 70, 77 and 88 that several tools miss.</summary>
    public static TheoryData<string, int> Labels => new()
    {
        { "State forces only", 10 }, { "State forces-State forces", 11 }, { "State forces-Rebel group", 12 },
        { "State forces-Political militia", 13 }, { "State forces-Identity militia", 14 }, { "State forces-Rioters", 15 },
        { "State forces-Protesters", 16 }, { "State forces-Civilians", 17 }, { "State forces-External/Other forces", 18 },
        { "Rebel group only", 20 }, { "Rebel group-Rebel group", 22 }, { "Rebel group-Political militia", 23 },
        { "Rebel group-Identity militia", 24 }, { "Rebel group-Rioters", 25 }, { "Rebel group-Protesters", 26 },
        { "Rebel group-Civilians", 27 }, { "Rebel group-External/Other forces", 28 }, { "Political militia only", 30 },
        { "Political militia-Political militia", 33 }, { "Political militia-Identity militia", 34 }, { "Political militia-Rioters", 35 },
        { "Political militia-Protesters", 36 }, { "Political militia-Civilians", 37 }, { "Political militia-External/Other forces", 38 },
        { "Identity militia only", 40 }, { "Identity militia-Identity militia", 44 }, { "Identity militia-Rioters", 45 },
        { "Identity militia-Protesters", 46 }, { "Identity militia-Civilians", 47 }, { "Identity militia-External/Other forces", 48 },
        { "Rioters only", 50 }, { "Rioters-Rioters", 55 }, { "Rioters-Protesters", 56 }, { "Rioters-Civilians", 57 },
        { "Rioters-External/Other forces", 58 }, { "Protesters only", 60 }, { "Protesters-Protesters", 66 },
        { "Protesters-Civilians", 67 }, { "Protesters-External/Other forces", 68 }, { "Civilians only", 70 },
        { "Civilians-Civilians", 77 }, { "External/Other forces-Civilians", 78 }, { "External/Other forces only", 80 },
        { "External/Other forces-External/Other forces", 88 },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_label_of_the_api_reads_as_its_code_and_is_written_back_the_same(string label, int code)
    {
        Assert.True(AcledInteraction.TryParse(label, out var interaction));
        Assert.Equal(code, interaction.Code);
        Assert.Equal(label, interaction.Label);
        Assert.True(AcledInteraction.TryFromCode(code, out var byCode));
        Assert.Equal(interaction, byCode);
    }

    [Theory]
    [InlineData("Rebel group-State forces", 12)]
    [InlineData("Civilians-External/Other forces", 78)]
    [InlineData("state forces - political militia", 13)]
    [InlineData("Protesters Only", 60)]
    [InlineData("Rebel groups-Civilians", 27)]
    [InlineData(" 13 ", 13)]
    public void Labels_read_in_either_order_and_any_case(string label, int code)
    {
        Assert.True(AcledInteraction.TryParse(label, out var interaction));
        Assert.Equal(code, interaction.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("19")]
    [InlineData("21")]
    [InlineData("90")]
    [InlineData("-12")]
    [InlineData("Soldiers only")]
    [InlineData("State forces-")]
    [InlineData("State forces-Rebel group-Civilians")]
    [InlineData(null)]
    public void Values_that_are_no_interaction_are_refused(string? text) => Assert.False(AcledInteraction.TryParse(text, out _));

    [Property(MaxTest = 300)]
    public Property The_code_is_ten_times_the_lower_type_plus_the_higher_or_ten_times_a_single_type() =>
        Prop.ForAll(Gen.Choose(1, 8).ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(), (a, b) =>
        {
            var interaction = new AcledInteraction((AcledActorType)a, (AcledActorType)b);
            var expected = b == 0 ? 10 * a : (10 * System.Math.Min(a, b)) + System.Math.Max(a, b);
            return interaction.Code == expected
                && interaction == new AcledInteraction(b == 0 ? (AcledActorType)a : (AcledActorType)b, b == 0 ? AcledActorType.None : (AcledActorType)a)
                && AcledInteraction.TryFromCode(expected, out var byCode) && byCode == interaction
                && AcledInteraction.TryParse(interaction.Label, out var byLabel) && byLabel == interaction;
        });

    [Fact]
    public void A_second_actor_without_a_first_or_an_undefined_type_is_refused()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new AcledInteraction(AcledActorType.None, AcledActorType.Civilians));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new AcledInteraction((AcledActorType)9, AcledActorType.None));
    }

    [Fact]
    public void Every_code_from_10_to_88_that_is_an_interaction_has_a_label()
    {
        var codes = new List<int>();
        for (var code = 0; code < 100; code++)
        {
            if (AcledInteraction.TryFromCode(code, out var interaction))
            {
                codes.Add(code);
                Assert.NotEmpty(interaction.Label);
            }
        }

        Assert.Equal(44, codes.Count);
    }
}
