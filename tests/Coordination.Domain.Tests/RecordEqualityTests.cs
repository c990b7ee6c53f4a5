using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests;

/// <summary>
/// Equality that cannot forget a member, checked by reflection for every public type of the package
/// with value equality (records, record structs and classes that implement <see cref="IEquatable{T}"/>
/// of themselves), those written by hand for <see cref="ImmutableArray{T}"/> members included. Each
/// member of each sample is changed in turn, as a <c>with</c> expression would: the record is cloned
/// (<c>&lt;Clone&gt;$</c>, or a copy of the struct) and one init property (or, for a member without
/// one, its field) is set to the value another sample holds, or else to a value derived from it. The
/// two must then differ; a clone left alone, or given an equal copy of an array, must stay equal with
/// the same hash code.
/// </summary>
/// <remarks>
/// Samples come from generated valid catalogs (<see cref="CatalogGenerators"/>), the articles' and the
/// reference catalogs, <see cref="ValueGenerators"/>, and the violations of a few status histories,
/// collected by walking every public property. A type nobody has a sample of fails the first test.
/// Fields of type <see cref="Lazy{T}"/> are caches of the other members and are not changed.
/// </remarks>
public sealed class RecordEqualityTests
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private const int MaxSamplesPerType = 120;

    private static readonly Assembly Package = typeof(ActorId).Assembly;

    private static readonly Type[] EquatableTypes = [.. Package.GetExportedTypes().Where(HasValueEquality).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static readonly Lazy<Dictionary<Type, List<object>>> Samples = new(CollectSamples);

    private static readonly ConcurrentDictionary<Type, (MethodInfo Typed, MethodInfo? Operator)> EqualityMethods = new();

    public static TheoryData<string> Types() => new(EquatableTypes.Select(t => t.FullName!));

    [Fact]
    public void Every_type_with_value_equality_has_samples_that_vary()
    {
        Assert.True(EquatableTypes.Length >= 35, $"Only {EquatableTypes.Length} types with value equality found.");
        Assert.Contains(typeof(CoordinationMechanism), EquatableTypes);
        Assert.Contains(typeof(CoordinationCatalog), EquatableTypes);
        Assert.Contains(typeof(ReportedDate), EquatableTypes);
        Assert.Empty(EquatableTypes.Where(t => SamplesOf(t).Count < 2).Select(t => $"{t.Name}: {SamplesOf(t).Count} sample(s)"));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Changing_any_one_member_makes_the_copy_unequal(string typeName)
    {
        var type = EquatableTypes.Single(t => t.FullName == typeName);

        Assert.Empty(UnnoticedChanges(type, SamplesOf(type)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_clone_and_a_copy_with_equal_arrays_are_equal_and_hash_alike(string typeName)
    {
        var type = EquatableTypes.Single(t => t.FullName == typeName);
        var problems = new List<string>();
        foreach (var sample in SamplesOf(type))
        {
            Check(Clone(sample), "a clone");
            foreach (var member in Members(type).Where(m => IsImmutableArray(m.Type)))
            {
                if (member.Get(sample) is { } array && !(bool)array.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(array)!)
                {
                    Check(With(sample, member, CopyOfArray(array)), $"a copy with another array equal to {member.Name}");
                }
            }

            void Check(object copy, string what)
            {
                if (!AreEqual(type, sample, copy) || sample.GetHashCode() != copy.GetHashCode())
                {
                    problems.Add($"{what} of {Show(sample)} is not equal, or hashes differently");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Equal_samples_hash_alike(string typeName)
    {
        var type = EquatableTypes.Single(t => t.FullName == typeName);
        var samples = SamplesOf(type);
        var problems =
            from a in samples
            from b in samples
            where (Compare(type, a, b).Typed || a.Equals(b)) && a.GetHashCode() != b.GetHashCode()
            select $"{Show(a)} equals {Show(b)} but hashes differently";

        Assert.Empty(problems.Take(5));
    }

    [Fact]
    public void The_check_catches_an_Equals_that_forgets_a_member()
    {
        List<object> samples = [new Forgetful { Kept = 1, Forgotten = 2 }, new Forgetful { Kept = 1, Forgotten = 3 }, new Forgetful { Kept = 4, Forgotten = 2 }];

        var problem = Assert.Single(UnnoticedChanges(typeof(Forgetful), samples));

        Assert.StartsWith("Forgotten: a copy of", problem, StringComparison.Ordinal);
        Assert.Equal(["Forgotten", "Kept"], Members(typeof(Forgetful)).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("Forgotten: a copy of", Assert.Single(UnnoticedChanges(typeof(Forgetful), samples.Take(1).ToList())), StringComparison.Ordinal); // with derived values
    }

    // For each member, changes it in each sample until a change goes unnoticed by Equals; reports the
    // members where one did, and those no sample could be given another value of.
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
                if (Compare(type, sample, copy) is not (false, false, false))
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
        && (IsRecordClass(type) || IsRecordStruct(type) || (type.IsClass && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)));

    private static bool IsRecordClass(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsRecordStruct(Type type) =>
        type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(System.Text.StringBuilder)]) is not null;

    private static List<object> SamplesOf(Type type) => Samples.Value.TryGetValue(type, out var found) ? found : [];

    // What a `with` can change: every init property, then every field that backs no init property
    // (a get-only property set by a constructor), caches aside. A type whose init properties keep their
    // values in storage of their own (CoordinationCatalog: one array per kind, and look-ups built from
    // it) is changed through those properties alone: its fields are that storage and its caches.
    private static IEnumerable<Member> Members(Type type)
    {
        var properties = type.GetProperties(Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { } set && IsInitOnly(set)).ToList();
        var backing = properties.Select(p => $"<{p.Name}>k__BackingField").ToHashSet(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            yield return new Member(property.Name, property.PropertyType, property.GetValue, property.SetValue);
        }

        var storedByAccessors = properties.Count > 0 && !type.GetFields(Instance).Any(f => backing.Contains(f.Name));
        foreach (var field in type.GetFields(Instance).Where(f => !storedByAccessors && !backing.Contains(f.Name) && !IsCache(f.FieldType)))
        {
            yield return new Member(BackedName(field.Name), field.FieldType, field.GetValue, field.SetValue);
        }
    }

    private static bool IsInitOnly(MethodInfo setter) => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsCache(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Lazy<>);

    private static string BackedName(string field) => field.StartsWith('<') ? field[1..field.IndexOf('>', StringComparison.Ordinal)] : field;

    private static object Clone(object value) =>
        value.GetType() switch
        {
            var t when t.IsValueType => RuntimeHelpers.GetObjectValue(value),
            var t when IsRecordClass(t) => t.GetMethod("<Clone>$")!.Invoke(value, null)!,
            _ => typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(value, null)!,
        };

    private static object With(object value, Member member, object? memberValue)
    {
        var copy = Clone(value);
        member.Set(copy, memberValue);
        return copy;
    }

    private static bool AreEqual(Type type, object a, object b) => Compare(type, a, b) is (true, true, true);

    // What Equals(T), Equals(object) and == say of a and b (== as Equals(T) where the type has none).
    private static (bool Typed, bool Untyped, bool Operator) Compare(Type type, object a, object b)
    {
        var (equals, equality) = EqualityMethods.GetOrAdd(type, t => (t.GetMethod(nameof(Equals), [t])!, t.GetMethod("op_Equality", [t, t])));
        var typed = (bool)equals.Invoke(a, [b])!;
        return (typed, a.Equals(b), equality is null ? typed : (bool)equality.Invoke(null, [a, b])!);
    }

    // A value of the member that differs from the sample's: the first another sample holds, or else one
    // derived from the sample's own.
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

    private static Boxed? Derived(Type type, object? value)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        return value switch
        {
            not null when underlying is not null => new Boxed(null),
            bool b => new Boxed(!b),
            int i => new Boxed(i == int.MaxValue ? 0 : i + 1),
            string s => new Boxed(s + "x"),
            Enum e => Enum.GetValues(type).Cast<object>().Where(v => !v.Equals(e)).Select(v => new Boxed(v)).FirstOrDefault(),
            _ when IsImmutableArray(type) => new Boxed(Activator.CreateInstance(type)),
            _ => null,
        };
    }

    private static bool SameValue(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
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
        var text = value?.ToString() ?? "null";
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    private static Dictionary<Type, List<object>> CollectSamples()
    {
        var samples = new Dictionary<Type, List<object>>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var targets = EquatableTypes.ToHashSet();

        void Walk(object? value, int depth)
        {
            if (value is null || depth > 12)
            {
                return;
            }

            var type = value.GetType();
            if (IsImmutableArray(type))
            {
                Elements(value).ForEach(e => Walk(e, depth + 1));
                return;
            }

            if (type.Assembly != Package || (!type.IsValueType && !visited.Add(value)))
            {
                return;
            }

            if (targets.Contains(type) && (samples.TryGetValue(type, out var list) ? list : samples[type] = []) is { Count: < MaxSamplesPerType } found
                && !found.Any(s => s.Equals(value)))
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
                    continue; // a default identifier's Value, say
                }

                Walk(member, depth + 1);
            }
        }

        var reference = ReferenceCatalog.Load();
        Walk(ArticleFacts.Catalog, 0);
        Walk(reference, 0);
        foreach (var catalog in CatalogGenerators.ValidCatalog().Sample(30, 20))
        {
            Walk(catalog, 0);
            Walk(catalog.SituationOn(new LocalDate(2021, 5, 3)), 0);
            Walk(catalog.DisputesOn(new LocalDate(2021, 5, 3)), 0);
        }

        // The situations of the reference catalog on dates that see different records, for the Analysis types.
        foreach (var date in new[] { new LocalDate(2014, 6, 1), new LocalDate(2017, 10, 1), new LocalDate(2017, 11, 1), new LocalDate(2021, 5, 3), new LocalDate(2025, 1, 1) })
        {
            Walk(reference.SituationOn(date), 0);
            Walk(ArticleFacts.Catalog.SituationOn(date), 0);
            Walk(reference.DisputesOn(date), 0);
            Walk(Catalog.TerritoryQuestionsCatalog.Catalog.DisputesOn(date), 0);
        }

        foreach (var value in ValueGenerators.ReportedDates.Sample(100, 60).Cast<object>()
            .Concat(ValueGenerators.DatePeriods.Sample(100, 30).Cast<object>())
            .Concat(ValueGenerators.MoneyAmounts.Sample(100, 30).Cast<object>())
            .Concat(ValueGenerators.CasualtyEstimates.Sample(100, 30).Cast<object>())
            .Concat(ValueGenerators.GeoPoints.Sample(100, 30).Cast<object>())
            .Concat(ValueGenerators.NameSets.Sample(100, 30).Cast<object>()))
        {
            Walk(value, 0);
        }

        foreach (var history in LifecycleSamples())
        {
            Walk(MechanismLifecycle.FindViolation(history), 0);
        }

        // Evidence with and without implied steps, from a change or an attestation, for StatusEvidence and LifecycleStep.
        static StatusChange Dated(MechanismStatus status, int year) => new() { Status = status, Date = ReportedDate.InYear(year) };
        var seen = new StatusAttestation { Status = MechanismStatus.Suspended, Date = ReportedDate.InYear(2024) };
        foreach (var history in new ImmutableArray<StatusChange?>[] { [Dated(MechanismStatus.Agreed, 2020), Dated(MechanismStatus.Operational, 2021)], [Dated(MechanismStatus.Proposed, 2020), Dated(MechanismStatus.Operational, 2022)], [Dated(MechanismStatus.Agreed, 2020)] })
        {
            Walk(MechanismLifecycle.EvidenceOn(history, [], new LocalDate(2023, 1, 1)), 0);
            Walk(MechanismLifecycle.EvidenceOn(history, [seen], new LocalDate(2025, 1, 1)), 0);
            Walk(MechanismLifecycle.Expand(history, [seen]), 0);
        }

        // A mechanism proposed at a time no source gives, for UndatedMechanism.Status.
        var undated = ArticleFacts.ProposedJcc("undated-sample", "Somewhere", ArticleFacts.Kirkuk) with { StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed }] };
        Walk(ArticleFacts.Catalog.With(undated).SituationOn(new LocalDate(2021, 5, 3)), 0);
        Walk(ArticleFacts.Catalog.With(undated with { Id = MechanismId.Parse("jcc-empty"), StatusHistory = [] }).SituationOn(new LocalDate(2021, 5, 3)), 0);

        return samples;
    }

    private static IEnumerable<ImmutableArray<StatusChange?>> LifecycleSamples()
    {
        static StatusChange Change(MechanismStatus status, int day) => new() { Status = status, Date = ReportedDate.OnDay(new LocalDate(2021, 5, day)) };

        yield return [Change(MechanismStatus.Proposed, 1), null];
        yield return [Change((MechanismStatus)9, 1)];
        yield return [Change(MechanismStatus.Proposed, 1), Change(MechanismStatus.Operational, 2)];
        yield return [Change(MechanismStatus.Operational, 1), Change(MechanismStatus.Operational, 2)];
        yield return [Change(MechanismStatus.Proposed, 2), Change(MechanismStatus.Agreed, 1)];
        yield return [Change(MechanismStatus.Agreed, 1), Change(MechanismStatus.Established, 2), Change(MechanismStatus.Dissolved, 3), Change(MechanismStatus.Agreed, 4)];
    }

    private sealed record Member(string Name, Type Type, Func<object?, object?> Get, Action<object?, object?> Set);

    private sealed record Boxed(object? Value);

    // Equality that forgets a member, for the check to catch.
    private sealed record Forgetful
    {
        public int Kept { get; init; }

        public int Forgotten { get; init; }

        public bool Equals(Forgetful? other) => other is not null && Kept == other.Kept;

        public override int GetHashCode() => Kept;
    }
}
