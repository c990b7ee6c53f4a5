using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using NetTopologySuite.Geometries;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

/// <summary>
/// Equality that cannot forget a member, checked by reflection for every public type of the Geo package with value
/// equality (as the core's <c>RecordEqualityTests</c> do for the core): each member of each sample is changed in turn,
/// as a <c>with</c> expression would, and the copy must then differ; a clone, or a copy given an equal copy of an array
/// or of a geometry, must stay equal with the same hash code. Geometry members are compared exactly, vertex by vertex.
/// </summary>
/// <remarks>
/// <para>Samples come from <see cref="Roots"/>, walked through their public properties: <b>add your records' samples
/// there</b> (at least two that differ in every member, or results of your analysis that hold them). A type without
/// samples fails <see cref="Every_type_with_value_equality_has_samples_that_vary"/>.</para>
/// <para>A type whose <c>Equals</c> still throws <see cref="NotImplementedException"/> (a skeleton awaiting its owner) is
/// checked by <see cref="Only_the_skeleton_s_types_are_still_unimplemented"/> alone, and by every test as soon as it works.</para>
/// </remarks>
public sealed class GeoRecordEqualityTests
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private const int MaxSamplesPerType = 60;

    private static readonly Assembly Package = typeof(TerritoryGeometry).Assembly;

    private static readonly Type[] EquatableTypes = [.. Package.GetExportedTypes().Where(HasValueEquality).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static readonly Lazy<Dictionary<Type, List<object>>> Samples = new(CollectSamples);

    public static TheoryData<string> Types() => new(EquatableTypes.Select(t => t.FullName!));

    /// <summary>The skeleton's records whose equality its owner (the analysis helper) writes; none of the geo-core's.</summary>
    private static readonly HashSet<string> Skeleton = new(StringComparer.Ordinal)
    {
        typeof(TraceStretch).FullName!, typeof(StretchCoverage).FullName!, typeof(LineCoverage).FullName!,
    };

    /// <summary>The roots the samples are collected from. Add yours.</summary>
    private static IEnumerable<object?> Roots()
    {
        var kcl = LineTrace.InferredKcl;
        var inference = new Inference { Reasoning = "From the positions reported in May 2021.", From = [SourceId.Parse("esta-62147")] };
        yield return CatalogGeometry.Reference.Traces;
        yield return TerritoryGeometry.IraqGovernorates.Shapes.Take(4).ToImmutableArray();
        yield return Shape("square", Square(44, 33, 1));
        yield return Shape("other-square", Square(45, 34, 0.5));
        yield return kcl with { Sources = [], Inference = null };
        yield return new LineTrace { Line = CoordinationLineId.Parse("other"), Geometry = Line((44, 35), (45, 36)), Sources = [SourceId.Parse("esta-62147"), SourceId.Parse("rudaw-2018-06-04")], Inference = inference };
        yield return new LineTrace { Line = CoordinationLineId.Parse("kcl"), Geometry = Factory.CreateMultiLineString([Line((44, 35), (45, 36)), Line((45, 36), (46, 36))]) };

        // The analysis records, made by hand (and, once CoverageOn works, from the reference catalog on a few dates).
        var stretchA = new TraceStretch
        {
            Key = "kcl/kirkuk/1", Line = CoordinationLineId.Parse("kcl"), Territory = TerritoryId.Parse("kirkuk"),
            Mechanisms = [MechanismId.Parse("jcc-kirkuk")], Geometry = Line((44, 35), (45, 36)), LengthKm = 140.5,
        };
        var stretchB = new TraceStretch
        {
            Key = "other/ninewa/2", Line = CoordinationLineId.Parse("other"), Territory = null, Mechanisms = [],
            Geometry = Line((43, 36), (43.5, 36.5)), LengthKm = 70.1,
        };
        var coveredA = new StretchCoverage { Stretch = stretchA, CoveredBy = [MechanismId.Parse("jcc-kirkuk")] };
        var coveredB = new StretchCoverage { Stretch = stretchB, CoveredBy = [] };
        yield return new LineCoverage
        {
            Line = CoordinationLineId.Parse("kcl"), Date = new LocalDate(2021, 6, 1), Trace = kcl, Stretches = [coveredA, coveredB],
            UnmappedTerritories = [TerritoryId.Parse("hamrin-mountains")],
        };
        yield return new LineCoverage
        {
            Line = CoordinationLineId.Parse("other"), Date = new LocalDate(2017, 1, 1), Trace = kcl with { Inference = null }, Stretches = [coveredB],
        };

        // The map's options.
        yield return Coordination.Domain.Geo.Maps.SituationMapOptions.Default;
        yield return new Coordination.Domain.Geo.Maps.SituationMapOptions { Width = 900, IncidentsFrom = new LocalDate(2021, 1, 1), Title = "Kirkuk in 2021" };

        foreach (var date in new[] { new LocalDate(2017, 11, 1), new LocalDate(2021, 5, 20), new LocalDate(2021, 6, 1) })
        {
            yield return Try(() => ReferenceCatalog.Load().CoverageOn(CatalogGeometry.Reference, date));
        }

        // The gap analysis: reports on the reference catalog (placements, tallies, effects) and hand-made records
        // that differ in every member.
        yield return ReferenceCatalog.Load().GapsOn(CatalogGeometry.Reference, new LocalDate(2021, 12, 31));
        yield return ReferenceCatalog.Load().GapsBetween(CatalogGeometry.Reference, new LocalDate(2017, 1, 1), new LocalDate(2021, 6, 1), new GapOptions { BufferKm = 50, PointRadiusKm = 10, MonthsAround = 3 });
        yield return new IncidentPlacement
        {
            Incident = IncidentId.Parse("a"), Kind = PlacementKind.OnStretch, Date = new LocalDate(2021, 5, 1), IsByPoint = true, Line = CoordinationLineId.Parse("kcl"),
            Stretch = "kcl/kirkuk/2", DistanceKm = 4.3, IsCovered = true, CoveredBy = [MechanismId.Parse("jcc-kirkuk")], IsDateAmbiguous = true, Candidates = ["kcl/kirkuk/1"],
        };
        yield return new IncidentPlacement { Incident = IncidentId.Parse("b"), Kind = PlacementKind.Unlocated, Date = new LocalDate(2020, 1, 1) };
        yield return new MechanismEffect { Mechanism = MechanismId.Parse("jcc-kirkuk"), Since = new LocalDate(2021, 5, 23), Months = 6, Stretches = ["kcl/kirkuk/1"], Before = 5, After = 1, AfterMonthsObserved = 6 };
        yield return new MechanismEffect { Mechanism = MechanismId.Parse("jcc-diyala"), Since = new LocalDate(2021, 5, 19), Months = 3, Before = 0, After = 2, AfterMonthsObserved = 1.5 };
        yield return new StretchMonth { Line = CoordinationLineId.Parse("kcl"), Stretch = "kcl/kirkuk/2", Month = new YearMonth(2021, 5), Incidents = 2, OpenIncidents = 1, Killed = new Coordination.Domain.Analysis.CasualtyTotal(3, 3, 3), KilledUnknown = 1, Injured = new Coordination.Domain.Analysis.CasualtyTotal(1, 2, 3), InjuredUnknown = 1 };
        yield return new StretchMonth { Line = CoordinationLineId.Parse("other"), Stretch = "other/-/1", Month = new YearMonth(2020, 1) };
    }

    [Fact]
    public void Every_type_with_value_equality_has_samples_that_vary()
    {
        Assert.Contains(typeof(LineTrace), EquatableTypes);
        Assert.Contains(typeof(TerritoryShape), EquatableTypes);
        Assert.Empty(EquatableTypes.Where(t => SamplesOf(t).Count < 2).Select(t => $"{t.Name}: {SamplesOf(t).Count} sample(s)"));
    }

    [Fact]
    public void Only_the_skeleton_s_types_are_still_unimplemented()
    {
        var unimplemented = EquatableTypes.Where(t => !Works(t)).Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

        // The skeleton's records are implemented now (by the analysis helper): none may be left unimplemented.
        Assert.Empty(unimplemented);
        Assert.All(Skeleton, name => Assert.Contains(name, EquatableTypes.Select(t => t.FullName!)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Changing_any_one_member_makes_the_copy_unequal(string typeName)
    {
        var type = EquatableTypes.Single(t => t.FullName == typeName);
        if (Works(type))
        {
            Assert.Empty(UnnoticedChanges(type, SamplesOf(type)));
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_clone_and_a_copy_with_equal_arrays_and_geometries_are_equal_and_hash_alike(string typeName)
    {
        var type = EquatableTypes.Single(t => t.FullName == typeName);
        if (!Works(type))
        {
            return;
        }

        var problems = new List<string>();
        foreach (var sample in SamplesOf(type))
        {
            Check(Clone(sample), "a clone");
            foreach (var member in Members(type))
            {
                var value = member.Get(sample);
                if (value is Geometry geometry)
                {
                    Check(With(sample, member, geometry.Copy()), $"a copy with another geometry equal to {member.Name}");
                }
                else if (value is not null && IsImmutableArray(member.Type) && !(bool)value.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!)
                {
                    Check(With(sample, member, CopyOfArray(value)), $"a copy with another array equal to {member.Name}");
                }
            }

            void Check(object copy, string what)
            {
                if (!Equals(type, sample, copy) || sample.GetHashCode() != copy.GetHashCode())
                {
                    problems.Add($"{what} of {Show(sample)} is not equal, or hashes differently");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_check_catches_an_Equals_that_forgets_a_member()
    {
        List<object> samples = [new Forgetful { Kept = 1, Forgotten = Line((1, 1), (2, 2)) }, new Forgetful { Kept = 1, Forgotten = Line((1, 1), (3, 3)) }];

        var problem = Assert.Single(UnnoticedChanges(typeof(Forgetful), samples));

        Assert.StartsWith("Forgotten: a copy of", problem, StringComparison.Ordinal);
    }

    private static bool Works(Type type)
    {
        var samples = SamplesOf(type);
        try
        {
            return samples.Count == 0 || (Equals(type, samples[0], samples[0]) && samples[0].GetHashCode() is var _);
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }

    private static object? Try(Func<object?> make)
    {
        try
        {
            return make();
        }
        catch (NotImplementedException)
        {
            return null; // a skeleton not yet implemented: its samples come when it works
        }
    }

    private static List<string> UnnoticedChanges(Type type, List<object> samples)
    {
        var problems = new List<string>();
        foreach (var member in Members(type))
        {
            var changed = 0;
            foreach (var sample in samples)
            {
                if (OtherValue(member, sample, samples) is not { } other)
                {
                    continue;
                }

                var copy = With(sample, member, other.Value);
                changed++;
                if (Equals(type, sample, copy) || sample.Equals(copy))
                {
                    problems.Add($"{member.Name}: a copy of {Show(sample)} with {member.Name} = {Show(other.Value)} still equals it");
                    break;
                }
            }

            if (changed == 0)
            {
                problems.Add($"{member.Name}: no sample could be given another value");
            }
        }

        return problems;
    }

    private static bool HasValueEquality(Type type) =>
        !type.IsEnum && !type.IsInterface && !type.IsAbstract && !type.IsGenericTypeDefinition
        && (IsRecordClass(type) || (type.IsClass && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)));

    private static bool IsRecordClass(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static List<object> SamplesOf(Type type) => Samples.Value.TryGetValue(type, out var found) ? found : [];

    private static IEnumerable<Member> Members(Type type)
    {
        var properties = type.GetProperties(Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { } set && IsInitOnly(set)).ToList();
        var backing = properties.Select(p => $"<{p.Name}>k__BackingField").ToHashSet(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            yield return new Member(property.Name, property.PropertyType, property.GetValue, property.SetValue);
        }

        foreach (var field in type.GetFields(Instance).Where(f => !backing.Contains(f.Name) && !(f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Lazy<>))))
        {
            yield return new Member(field.Name, field.FieldType, field.GetValue, field.SetValue);
        }
    }

    private static bool IsInitOnly(MethodInfo setter) => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static object Clone(object value) =>
        IsRecordClass(value.GetType())
            ? value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!
            : typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(value, null)!;

    private static object With(object value, Member member, object? memberValue)
    {
        var copy = Clone(value);
        member.Set(copy, memberValue);
        return copy;
    }

    private static bool Equals(Type type, object a, object b)
    {
        try
        {
            return (bool)type.GetMethod(nameof(Equals), [type])!.Invoke(a, [b])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is NotImplementedException inner)
        {
            throw inner;
        }
    }

    private static Boxed? OtherValue(Member member, object sample, List<object> samples)
    {
        var mine = member.Get(sample);
        foreach (var other in samples)
        {
            var theirs = member.Get(other);
            if (!SameValue(mine, theirs))
            {
                return new Boxed(theirs);
            }
        }

        return Derived(member.Type, mine) is { } derived && !SameValue(mine, derived.Value) ? derived : null;
    }

    private static Boxed? Derived(Type type, object? value) => value switch
    {
        not null when Nullable.GetUnderlyingType(type) is not null => new Boxed(null),
        bool b => new Boxed(!b),
        int i => new Boxed(i + 1),
        double d => new Boxed(d + 1),
        string s => new Boxed(s + "x"),
        Geometry g => new Boxed(Shifted(g)),
        _ when IsImmutableArray(type) => new Boxed(Activator.CreateInstance(type)),
        _ => null,
    };

    private static Geometry Shifted(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new NetTopologySuite.Geometries.Utilities.AffineTransformation().Translate(0.001, 0));
        return copy;
    }

    private static bool SameValue(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is Geometry g)
        {
            return b is Geometry h && g.EqualsExact(h);
        }

        if (IsImmutableArray(a.GetType()))
        {
            var (left, right) = (Elements(a), Elements(b));
            return left.Count == right.Count && left.Zip(right).All(p => Equals(p.First, p.Second));
        }

        return a.Equals(b);
    }

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static List<object?> Elements(object array) =>
        (bool)array.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(array)! ? [] : [.. ((IEnumerable)array).Cast<object?>()];

    private static object CopyOfArray(object array)
    {
        var elementType = array.GetType().GetGenericArguments()[0];
        var create = typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.CreateRange) && m.GetParameters() is [var p] && p.ParameterType.IsGenericType
            && p.ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return create.MakeGenericMethod(elementType).Invoke(null, [array])!;
    }

    private static string Show(object? value)
    {
        string text;
        try
        {
            text = value?.ToString() ?? "null";
        }
        catch (NotImplementedException)
        {
            text = value!.GetType().Name;
        }

        return text.Length > 120 ? text[..120] + "…" : text;
    }

    private static Dictionary<Type, List<object>> CollectSamples()
    {
        var samples = new Dictionary<Type, List<object>>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var targets = EquatableTypes.ToHashSet();

        void Walk(object? value, int depth)
        {
            if (value is null || depth > 10)
            {
                return;
            }

            var type = value.GetType();
            if (IsImmutableArray(type) || value is IEnumerable and not string and not Geometry)
            {
                foreach (var element in IsImmutableArray(type) ? Elements(value) : ((IEnumerable)value).Cast<object?>())
                {
                    Walk(element, depth + 1);
                }

                return;
            }

            if (type.Assembly != Package || !visited.Add(value))
            {
                return;
            }

            if (targets.Contains(type) && (samples.TryGetValue(type, out var list) ? list : samples[type] = []) is { Count: < MaxSamplesPerType } found
                && !found.Any(s => ReferenceEquals(s, value) || SafeEquals(s, value)))
            {
                found.Add(value);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                object? member;
                try
                {
                    member = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue; // a skeleton's member not yet implemented
                }

                Walk(member, depth + 1);
            }
        }

        foreach (var root in Roots())
        {
            Walk(root, 0);
        }

        return samples;

        static bool SafeEquals(object a, object b)
        {
            try
            {
                return a.Equals(b);
            }
            catch (NotImplementedException)
            {
                return false;
            }
        }
    }

    private sealed record Member(string Name, Type Type, Func<object?, object?> Get, Action<object?, object?> Set);

    private sealed record Boxed(object? Value);

    // Equality that forgets a member, for the check to catch.
    private sealed record Forgetful
    {
        public int Kept { get; init; }

        public required Geometry Forgotten { get; init; }

        public bool Equals(Forgetful? other) => other is not null && Kept == other.Kept;

        public override int GetHashCode() => Kept;
    }
}
