using System;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// One generated event, before it is written in a layout: where, when, what kind (ACLED's event and sub-event types),
/// who (ACLED's actor names and actor-type codes), and how many were killed.
/// </summary>
internal readonly record struct SyntheticEvent
{
    private const string IslamicState = "Islamic State (Iraq)";
    private const string Pkk = "PKK: Kurdistan Workers Party";
    private const string Turkey = "Military Forces of Turkey (2016-)";
    private const string Unidentified = "Unidentified Armed Group (Iraq)";
    private const string Civilians = "Civilians (Iraq)";
    private const string Protesters = "Protesters (Iraq)";
    private const string Rioters = "Rioters (Iraq)";

    // ACLED's event types in Iraq, with their sub-event types and weights (battles and remote violence most of all).
    private static readonly (string EventType, string SubEventType, string Disorder, string Action, int Weight)[] Kinds =
    [
        ("Battles", "Armed clash", "Political violence", "clashed", 24),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence", "detonated an IED", 18),
        ("Explosions/Remote violence", "Air/drone strike", "Political violence", "carried out an air strike", 11),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence", "shelled positions", 8),
        ("Violence against civilians", "Attack", "Political violence", "attacked civilians", 10),
        ("Violence against civilians", "Abduction/forced disappearance", "Political violence", "abducted civilians", 3),
        ("Protests", "Peaceful protest", "Demonstrations", "protested", 12),
        ("Protests", "Protest with intervention", "Demonstrations", "protested and were dispersed", 2),
        ("Riots", "Violent demonstration", "Demonstrations", "rioted", 2),
        ("Strategic developments", "Arrests", "Strategic developments", "made arrests", 7),
        ("Strategic developments", "Looting/property destruction", "Strategic developments", "destroyed property", 3),
    ];

    private static readonly int[] KindWeights = Array.ConvertAll(Kinds, k => k.Weight);
    private static readonly int KindWeightTotal = Sum(KindWeights);

    // The kinds UCDP GED codes: deaths in organised violence (no protests, riots or arrests).
    private static readonly int[] ViolentKindWeights = Array.ConvertAll(Kinds, k => k.Disorder == "Political violence" ? k.Weight : 0);
    private static readonly int ViolentKindWeightTotal = Sum(ViolentKindWeights);

    public DateOnly Date { get; init; }

    public SyntheticPlace Place { get; init; }

    public string EventType { get; init; }

    public string SubEventType { get; init; }

    public string Disorder { get; init; }

    public string Action { get; init; }

    public string Actor1 { get; init; }

    public string AssociatedActor1 { get; init; }

    public int Inter1 { get; init; }

    public string Actor2 { get; init; }

    public int Inter2 { get; init; }

    public int Fatalities { get; init; }

    public int TimePrecision { get; init; }

    public int GeoPrecision { get; init; }

    /// <summary>Generates the next event.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="date">The event's date.</param>
    /// <param name="violentOnly">Only the kinds UCDP GED codes (political violence).</param>
    /// <returns>The event.</returns>
    public static SyntheticEvent Next(ref SeededRandom random, DateOnly date, bool violentOnly = false)
    {
        var place = SyntheticIraq.Places[random.Pick(SyntheticIraq.PlaceWeights.AsSpan(), SyntheticIraq.PlaceWeightTotal)];
        var kind = Kinds[violentOnly ? random.Pick(ViolentKindWeights, ViolentKindWeightTotal) : random.Pick(KindWeights, KindWeightTotal)];
        var (actor1, inter1, actor2, inter2) = Actors(ref random, kind.SubEventType, date);
        var associated = inter1 == 6 && random.Chance(0.3) ? "Teachers (Iraq)"
            : inter1 == 1 && random.Chance(0.08) ? "Tribal Militia (Iraq)"
            : string.Empty;
        return new SyntheticEvent
        {
            Date = date,
            Place = place,
            EventType = kind.EventType,
            SubEventType = kind.SubEventType,
            Disorder = kind.Disorder,
            Action = kind.Action,
            Actor1 = actor1,
            AssociatedActor1 = associated,
            Inter1 = inter1,
            Actor2 = actor2,
            Inter2 = inter2,
            Fatalities = RandomFatalities(ref random, kind.EventType, kind.SubEventType),
            TimePrecision = random.Pick([85, 10, 5], 100) + 1,
            GeoPrecision = random.Pick([70, 22, 8], 100) + 1,
        };
    }

    /// <summary>Gets UCDP GED's coding of the event: type of violence, conflict, dyad and sides.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>The coding.</returns>
    public (int Violence, int ConflictId, string ConflictName, int DyadId, int SideAId, string SideA, int SideBId, string SideB, string GwnoA) UcdpSides(ref SeededRandom random)
    {
        if (Inter2 == 7)
        {
            return Inter1 == 1 || Inter1 == 8
                ? (3, 13_116, "Government of Iraq - Civilians", 13_116, 116, "Government of Iraq", 1, "Civilians", "645")
                : (3, 13_234, "IS - Civilians", 13_234, 234, "IS", 1, "Civilians", string.Empty);
        }

        if (Actor1 == Pkk || Actor2 == Pkk || Actor1 == Turkey)
        {
            return (1, 323, "Turkey: Kurdistan", 601, 121, "Government of Turkey", 322, "PKK", "640");
        }

        if (Actor1 == Unidentified && Actor2 != IslamicState && random.Chance(0.5))
        {
            return (2, 15_010, "Asa'ib Ahl al-Haqq - Saraya al-Salam", 15_010, 5_520, "Asa'ib Ahl al-Haqq", 5_521, "Saraya al-Salam", string.Empty);
        }

        return (1, 259, "Iraq: Government", 524, 116, "Government of Iraq", 234, "IS", "645");
    }

    private static (string Actor1, int Inter1, string Actor2, int Inter2) Actors(ref SeededRandom random, string subEventType, DateOnly date)
    {
        (string, int) State(ref SeededRandom r) => r.Pick([40, 20, 22, 18], 100) switch
        {
            0 => (SyntheticIraq.IraqiArmy(date), 1),
            1 => (SyntheticIraq.IraqiPolice(date), 1),
            2 => (SyntheticIraq.Peshmerga(date), 1),
            _ => (SyntheticIraq.PopularMobilization(date), 1),
        };

        switch (subEventType)
        {
            case "Armed clash":
                var clash = random.Pick([80, 15, 5], 100);
                if (clash == 1)
                {
                    return (Turkey, 8, Pkk, 2);
                }

                var state = State(ref random);
                return clash == 0
                    ? random.Chance(0.5) ? (IslamicState, 2, state.Item1, 1) : (state.Item1, 1, IslamicState, 2)
                    : (Unidentified, 3, SyntheticIraq.IraqiPolice(date), 1);
            case "Remote explosive/landmine/IED":
                var bomber = random.Chance(0.6) ? (IslamicState, 2) : (Unidentified, 3);
                return random.Pick([50, 40, 10], 100) switch
                {
                    0 => (bomber.Item1, bomber.Item2, State(ref random).Item1, 1),
                    1 => (bomber.Item1, bomber.Item2, Civilians, 7),
                    _ => (bomber.Item1, bomber.Item2, string.Empty, 0),
                };
            case "Air/drone strike":
                return random.Pick([35, 25, 30, 10], 100) switch
                {
                    0 => (SyntheticIraq.IraqiArmy(date), 1, IslamicState, 2),
                    1 => random.Chance(0.7) ? (SyntheticIraq.UnitedStates(date), 8, IslamicState, 2) : (SyntheticIraq.UnitedStates(date), 8, Unidentified, 3),
                    2 => random.Chance(0.85) ? (Turkey, 8, Pkk, 2) : (Turkey, 8, Civilians, 7),
                    _ => (SyntheticIraq.UnitedKingdom(date), 8, IslamicState, 2),
                };
            case "Shelling/artillery/missile attack":
                return random.Pick([30, 40, 30], 100) switch
                {
                    0 => random.Chance(0.5) ? (Turkey, 8, Pkk, 2) : (Turkey, 8, string.Empty, 0),
                    1 => (IslamicState, 2, State(ref random).Item1, 1),
                    _ => random.Chance(0.5) ? (Unidentified, 3, Civilians, 7) : (Unidentified, 3, SyntheticIraq.UnitedStates(date), 8),
                };
            case "Attack":
            case "Abduction/forced disappearance":
                return random.Pick([50, 40, 10], 100) switch
                {
                    0 => (IslamicState, 2, Civilians, 7),
                    1 => (Unidentified, 3, Civilians, 7),
                    _ => (State(ref random).Item1, 1, Civilians, 7),
                };
            case "Peaceful protest":
                return (Protesters, 6, string.Empty, 0);
            case "Protest with intervention":
                return (Protesters, 6, SyntheticIraq.IraqiPolice(date), 1);
            case "Violent demonstration":
                return random.Chance(0.5) ? (Rioters, 5, string.Empty, 0) : (Rioters, 5, SyntheticIraq.IraqiPolice(date), 1);
            case "Arrests":
                return random.Chance(0.6) ? (SyntheticIraq.IraqiPolice(date), 1, IslamicState, 2) : (State(ref random).Item1, 1, Civilians, 7);
            default:
                return (Unidentified, 3, Civilians, 7);
        }
    }

    // Mostly none or a few, with a long tail (ACLED's fatalities are conservative; a few events kill dozens).
    private static int RandomFatalities(ref SeededRandom random, string eventType, string subEventType)
    {
        switch (eventType)
        {
            case "Protests":
                return subEventType == "Protest with intervention" && random.Chance(0.05) ? random.Next(1, 6) : 0;
            case "Riots":
                return random.Chance(0.1) ? random.Next(1, 4) : 0;
            case "Strategic developments":
                return 0;
        }

        return random.Pick([45, 30, 18, 6, 1], 100) switch
        {
            0 => 0,
            1 => random.Next(1, 4),
            2 => random.Next(4, 16),
            3 => random.Next(16, 61),
            _ => random.Next(61, 251),
        };
    }

    private static int Sum(int[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }
}
