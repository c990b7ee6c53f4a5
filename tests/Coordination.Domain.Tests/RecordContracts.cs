using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Coordination.Domain.Analysis;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Tests;

/// <summary>
/// The contract of the model's hand-written record equality, checked member by member by reflection: a
/// copy is equal with an equal hash; a copy with any one settable member changed is unequal both ways
/// (so a member added to a record but forgotten in its <c>Equals</c> is caught); an array member set to
/// <c>default</c> reads back empty. The area test classes call these for their records.
/// </summary>
internal static class RecordContracts
{
    // Two different values of each leaf type; a member holding one is changed to the other.
    private static readonly Dictionary<Type, (object A, object B)> Pairs = new()
    {
        [typeof(string)] = ("first text", "second text"),
        [typeof(ActorId)] = (ActorId.Parse("contract-a"), ActorId.Parse("contract-b")),
        [typeof(PersonId)] = (PersonId.Parse("contract-a"), PersonId.Parse("contract-b")),
        [typeof(SourceId)] = (SourceId.Parse("contract-a"), SourceId.Parse("contract-b")),
        [typeof(SupportId)] = (SupportId.Parse("contract-a"), SupportId.Parse("contract-b")),
        [typeof(StatementId)] = (StatementId.Parse("contract-a"), StatementId.Parse("contract-b")),
        [typeof(TerritoryId)] = (TerritoryId.Parse("contract-a"), TerritoryId.Parse("contract-b")),
        [typeof(IncidentId)] = (IncidentId.Parse("contract-a"), IncidentId.Parse("contract-b")),
        [typeof(MechanismId)] = (MechanismId.Parse("contract-a"), MechanismId.Parse("contract-b")),
        [typeof(CoordinationLineId)] = (CoordinationLineId.Parse("contract-a"), CoordinationLineId.Parse("contract-b")),
        [typeof(NameSet)] = (NameSet.Of("First Name"), NameSet.Of("First Name", "Alias")),
        [typeof(DatePeriod)] = (DatePeriod.Between(new LocalDate(2015, 1, 1), new LocalDate(2016, 1, 1)), DatePeriod.From(new LocalDate(2015, 1, 1))),
        [typeof(ReportedDate)] = (ReportedDate.OnDay(new LocalDate(2017, 10, 16)), ReportedDate.InMonth(new YearMonth(2017, 10))),
        [typeof(LocalDate)] = (new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 2)),
        [typeof(CasualtyTotal)] = (CasualtyTotal.Of([CasualtyEstimate.Exactly(3)]), CasualtyTotal.Of([CasualtyEstimate.Exactly(3)]) with { IsPartial = true }),
        [typeof(Instant)] = (Instant.FromUtc(2022, 1, 18, 12, 0), Instant.FromUtc(2022, 1, 18, 12, 1)),
        [typeof(GeoPoint)] = (new GeoPoint(35.47, 44.39), new GeoPoint(36.19, 44.01)),
        [typeof(Money)] = (new Money(100m, CurrencyCode.UnitedStatesDollar), new Money(100m, CurrencyCode.IraqiDinar)),
        [typeof(OriginField)] = (new OriginField("actor1", "Peshmerga"), new OriginField("actor1", "ISF")),
        [typeof(Speaker)] = (Speaker.Institution(ActorId.Parse("contract-a")), Speaker.OfficialsOf(ActorId.Parse("contract-a"))),
        [typeof(Inference)] = (new Inference { Reasoning = "First reasoning.", From = [SourceId.Parse("contract-a")] }, new Inference { Reasoning = "Second reasoning.", From = [SourceId.Parse("contract-a")] }),
        [typeof(CasualtyEstimate)] = (CasualtyEstimate.Exactly(1), new CasualtyEstimate(1, 2, 3)),
        [typeof(Casualties)] = (new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1), CasualtyEstimate.Exactly(2)), new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(2), CasualtyEstimate.Exactly(2))),
        [typeof(Perpetrator)] = (new Perpetrator(ActorId.Parse("contract-a"), Attribution.Attributed), Perpetrator.Unidentified),
        [typeof(Name)] = (new Name("First Name"), new Name("Second Name")),
        [typeof(Uri)] = (new Uri("https://example.org/a"), new Uri("https://example.org/b")),
        [typeof(LanguageTag)] = (LanguageTag.English, LanguageTag.Arabic),
        [typeof(AffectedParty)] = (AffectedParty.Of(ActorId.Parse("contract-a")), AffectedParty.Civilians),
    };

    /// <summary>Gets the settable members of <typeparamref name="T"/> whose change its equality does not see, and any other breach of the contract.</summary>
    /// <typeparam name="T">A record class.</typeparam>
    /// <param name="sample">A value of the record, ideally with every member set.</param>
    /// <returns>The breaches, each naming the member; empty when the contract holds.</returns>
    internal static IReadOnlyList<string> EqualityBreaches<T>(T sample)
        where T : class, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(sample);
        var breaches = new List<string>();
        var copy = Clone<T>(sample);
        if (!sample.Equals(copy) || !copy.Equals(sample) || sample.GetHashCode() != copy.GetHashCode())
        {
            breaches.Add("a copy is not equal with an equal hash");
        }

        if (sample.Equals(null))
        {
            breaches.Add("equals null");
        }

        foreach (var property in Settable(typeof(T)))
        {
            var changed = Clone<T>(sample!);
            property.SetValue(changed, Different(property.PropertyType, property.GetValue(sample), property.Name));
            if (changed.Equals(sample) || ((IEquatable<T>)sample!).Equals(changed))
            {
                breaches.Add($"{property.Name}: a change is not seen by Equals");
            }
        }

        return breaches;
    }

    /// <summary>Gets the array members of <typeparamref name="T"/> that do not read back empty after being set to <c>default</c>.</summary>
    /// <typeparam name="T">A record class.</typeparam>
    /// <param name="sample">A value of the record.</param>
    /// <returns>The members breaching the rule; empty when it holds.</returns>
    internal static IReadOnlyList<string> DefaultArrayBreaches<T>(T sample)
        where T : class
    {
        var breaches = new List<string>();
        foreach (var property in Settable(typeof(T)).Where(p => IsImmutableArray(p.PropertyType)))
        {
            var changed = Clone<T>(sample);
            property.SetValue(changed, Activator.CreateInstance(property.PropertyType));
            var read = (IEnumerable)property.GetValue(changed)!;
            if (IsDefaultArray(property.GetValue(changed)!) || read.Cast<object>().Any())
            {
                breaches.Add($"{property.Name}: default does not read back as empty");
            }
        }

        return breaches;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    private static T Clone<T>(T value)
        where T : class =>
        (T)value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;

    private static object? Different(Type type, object? value, string member)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return value is null ? Sample(underlying, member) : Different(underlying, value, member);
        }

        if (Pairs.TryGetValue(type, out var pair))
        {
            return Equals(value, pair.A) ? pair.B : pair.A;
        }

        if (type == typeof(bool))
        {
            return !(bool)value!;
        }

        if (type == typeof(int))
        {
            return (int)value! + 1;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().First(v => !Equals(v, value));
        }

        if (IsImmutableArray(type))
        {
            // One element more: an element like the first, changed, or a sample when the array is empty.
            var element = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value!).Cast<object>().ToList();
            var added = items.Count > 0 ? Different(element, items[0], member) : Sample(element, member);
            return type.GetMethod("Add")!.Invoke(value, [added]);
        }

        if (!type.IsValueType && type.GetMethod("<Clone>$") is not null)
        {
            if (value is null)
            {
                return Sample(type, member);
            }

            var changed = Clone(value);
            var first = Settable(type).First();
            first.SetValue(changed, Different(first.PropertyType, first.GetValue(value), member));
            return changed;
        }

        throw new NotSupportedException($"RecordContracts has no second value of {type.Name} (member {member}); add a pair.");
    }

    private static object Sample(Type type, string member) =>
        Pairs.TryGetValue(type, out var pair) ? pair.A
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)!
        : throw new NotSupportedException($"RecordContracts has no sample {type.Name} (member {member}); give the sample record one, or add a pair.");

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static bool IsDefaultArray(object array) => (bool)array.GetType().GetProperty("IsDefault")!.GetValue(array)!;
}
