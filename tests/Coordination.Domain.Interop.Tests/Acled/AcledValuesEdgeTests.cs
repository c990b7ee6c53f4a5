using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>
/// The edges of ACLED's dates, interactions and actor names: the last year of the range, two-digit years on either side
/// of 90, texts that end where a part was expected, the interaction's messages and its empty label, and the kinds and
/// names the actor rules tell apart.
/// </summary>
public sealed class AcledValuesEdgeTests
{
    private const string Generic = "Expected a date such as 2022-01-05, 05-Jan-22, 16-May-2025 or 16 May 2025.";
    private const string Slashed = "The day and month order of a slashed date is ambiguous; expected yyyy-mm-dd (2022-01-05), 05-Jan-22 or 16 May 2025.";

    [Fact]
    public void The_last_year_of_the_range_is_read_and_the_next_refused()
    {
        Assert.True(AcledDates.TryParse("2100-12-31", out var date, out _));
        Assert.Equal(new LocalDate(2100, 12, 31), date);

        Assert.False(AcledDates.TryParse("2101-01-01", out _, out var problem));
        Assert.StartsWith("The year 2101 is outside 1997–2100", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_digit_year_is_19yy_from_90_on_and_20yy_below()
    {
        Assert.False(AcledDates.TryParse("01-Jan-90", out _, out var problem));
        Assert.StartsWith("The year 1990 is outside", problem, StringComparison.Ordinal);

        Assert.True(AcledDates.TryParse("01-Jan-89", out var date, out _));
        Assert.Equal(new LocalDate(2089, 1, 1), date);
    }

    [Theory]
    [InlineData("05-Jan")]
    [InlineData("16 May")]
    [InlineData("May 16")]
    [InlineData("May 16,")]
    [InlineData("5/1")]
    [InlineData("5/")]
    [InlineData("2022-")]
    [InlineData("2022")]
    public void A_date_that_ends_where_a_part_was_expected_is_refused_with_the_general_message(string text)
    {
        Assert.False(AcledDates.TryParse(text, out _, out var problem));
        Assert.Equal(Generic, problem);
    }

    [Theory]
    [InlineData("05/01/2022", Slashed)]
    [InlineData("5.1.22", Slashed)]
    [InlineData("05/01/20x2", Generic)]
    [InlineData("05/01/2", Generic)]
    [InlineData("05/01/20222", Generic)]
    [InlineData("5//2022", Generic)]
    [InlineData("/5/2022", Generic)]
    public void Only_a_date_of_three_slashed_numbers_is_called_ambiguous(string text, string said)
    {
        Assert.False(AcledDates.TryParse(text, out _, out var problem));
        Assert.Equal(said, problem);
    }

    [Fact]
    public void An_interaction_with_an_undefined_type_or_a_second_actor_alone_says_so()
    {
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => new AcledInteraction((AcledActorType)9, AcledActorType.None));
        Assert.Equal("inter1", undefined.ParamName);
        Assert.StartsWith("Not a defined AcledActorType (0 to 8).", undefined.Message, StringComparison.Ordinal);

        var alone = Assert.Throws<ArgumentOutOfRangeException>(() => new AcledInteraction(AcledActorType.None, AcledActorType.Civilians));
        Assert.Equal("inter1", alone.ParamName);
        Assert.StartsWith("An interaction with a second actor has a first actor.", alone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interaction_of_no_actor_has_an_empty_label_and_one_actor_is_only()
    {
        Assert.Equal(string.Empty, new AcledInteraction(AcledActorType.None, AcledActorType.None).Label);
        Assert.Equal("Protesters only", new AcledInteraction(AcledActorType.Protesters, AcledActorType.None).Label);
    }

    [Theory]
    [InlineData("0 only")]
    [InlineData("Nobody only")]
    [InlineData("-Rebel group")]
    [InlineData("State forces-")]
    [InlineData("State forces-Rebel group-Civilians")]
    public void An_interaction_label_without_two_defined_sides_or_one_actor_is_refused(string text) =>
        Assert.False(AcledInteraction.TryParse(text, out _));

    [Theory]
    [InlineData(ActorKind.Government, AcledActorType.StateForces)]
    [InlineData(ActorKind.RegionalGovernment, AcledActorType.StateForces)]
    [InlineData(ActorKind.Ministry, AcledActorType.StateForces)]
    [InlineData(ActorKind.Command, AcledActorType.StateForces)]
    [InlineData(ActorKind.ArmedForce, AcledActorType.StateForces)]
    [InlineData(ActorKind.NonStateArmedGroup, AcledActorType.RebelGroup)]
    [InlineData(ActorKind.ForeignMission, AcledActorType.ExternalOrOtherForces)]
    public void The_inter_code_written_for_an_actor_follows_its_kind(ActorKind kind, AcledActorType type) =>
        Assert.Equal(type, AcledActors.TypeFor(kind));

    [Theory]
    [InlineData("Civilians", true)]
    [InlineData("Civilians (Iraq)", true)]
    [InlineData("civilians (syria)", true)]
    [InlineData("Civilian Defence Units", false)]
    [InlineData("Peshmerga (Iraq)", false)]
    [InlineData("Unidentified Armed Group (Iraq)", false)]
    public void Civilians_are_acleds_civilians_of_any_country(string name, bool civilians) =>
        Assert.Equal(civilians, AcledActors.IsCivilians(name));

    [Theory]
    [InlineData("Unidentified Armed Group (Iraq)", true)]
    [InlineData("unidentified armed group (Syria)", true)]
    [InlineData("Islamic State (Iraq)", false)]
    public void The_unidentified_armed_group_is_recognised_whatever_its_country(string name, bool unidentified) =>
        Assert.Equal(unidentified, AcledActors.IsUnidentified(name));

    [Theory]
    [InlineData("9")]
    [InlineData("x")]
    [InlineData("10")]
    [InlineData("0 8")]
    [InlineData("State")]
    public void An_actor_type_that_is_no_code_or_label_is_refused_and_left_none(string text)
    {
        Assert.False(AcledScales.TryParseActorType(text, out var read));
        Assert.Equal(AcledActorType.None, read);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("x")]
    public void A_precision_outside_1_to_3_is_refused_and_left_default(string text)
    {
        Assert.False(AcledScales.TryParseTimePrecision(text, out var time));
        Assert.Equal(default, time);
        Assert.False(AcledScales.TryParseGeoPrecision(text, out var geo));
        Assert.Equal(default, geo);
    }

    [Fact]
    public void A_value_outside_its_scale_is_refused_naming_the_scale()
    {
        AssertOutOfRange("type", "Not a defined AcledActorType (0 to 8).", () => AcledScales.LabelOf((AcledActorType)9));
        AssertOutOfRange("precision", "Not a defined AcledGeoPrecision (1 to 3).", () => AcledScales.ToLocationPrecision((AcledGeoPrecision)4));
        AssertOutOfRange("precision", "Not a defined LocationPrecision (1 to 7).", () => AcledScales.FromLocationPrecision((LocationPrecision)99));
        AssertOutOfRange("precision", "Not a defined AcledTimePrecision (1 to 3).", () => AcledScales.ToReportedDate(new LocalDate(2022, 1, 5), (AcledTimePrecision)4));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(25)]
    [InlineData(999)]
    public void An_undefined_incident_kind_has_no_event_type(int kind) =>
        AssertOutOfRange("kind", "Not a defined IncidentKind.", () => AcledEventTypes.EventTypeOf((IncidentKind)kind));

    [Theory]
    [InlineData("Explosions/Remote violence")]
    [InlineData("EXPLOSIONS/REMOTE VIOLENCE")]
    [InlineData("explosions / remote violence")]
    [InlineData("Explosions/Remote-violence")]
    public void An_event_type_is_recognised_folded(string text) =>
        Assert.True(AcledEventTypes.IsEventTypeOf(IncidentKind.AirOrDroneStrike, text));

    [Theory]
    [InlineData("Battles")]
    [InlineData("Explosions")]
    public void Another_event_type_is_not_the_kinds(string text) =>
        Assert.False(AcledEventTypes.IsEventTypeOf(IncidentKind.AirOrDroneStrike, text));

    [Theory]
    [InlineData("Air/drone strike", "air/dronestrike")]
    [InlineData("Air-drone_strike", "airdronestrike")]
    [InlineData("Peaceful Protestor", "peacefulprotester")]
    [InlineData("", "")]
    public void Folding_drops_white_space_hyphens_and_underscores_and_reads_protestor_as_protester(string text, string folded) =>
        Assert.Equal(folded, AcledEventTypes.Fold(text));

    [Fact]
    public void Folding_a_label_longer_than_the_stack_buffer_folds_it_all()
    {
        var text = new string('A', 300) + " B-c";
        Assert.Equal(new string('a', 300) + "bc", AcledEventTypes.Fold(text));
    }

    private static void AssertOutOfRange(string parameter, string message, Action act)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(parameter, thrown.ParamName);
        Assert.StartsWith(message, thrown.Message, StringComparison.Ordinal);
    }
}
