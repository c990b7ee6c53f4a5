using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Tests.PublicSurfaceSamples;
using Xunit;

namespace Coordination.Domain.Tests;

/// <summary>
/// Rules every public type of the package keeps, checked by reflection so that they hold for types
/// nobody has written yet: classes are sealed, abstract or static; nothing public can be mutated
/// after construction; value types have <c>==</c> and <c>!=</c>; every type lives in an area
/// namespace, <c>Coordination.Domain.&lt;Area&gt;</c>. Only members the package itself declares are
/// checked (a FluentValidation validator inherits settable options it cannot remove).
/// </summary>
public sealed partial class PublicSurfaceTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] PublicTypes = typeof(ActorId).Assembly.GetExportedTypes();

    [Fact]
    public void The_package_has_public_types_to_check()
    {
        Assert.True(PublicTypes.Length > 50, $"Only {PublicTypes.Length} public types found.");
        Assert.Contains(typeof(ActorId), PublicTypes);
    }

    [Fact]
    public void Every_public_class_is_sealed_abstract_or_static()
    {
        Assert.Empty(PublicTypes.Where(IsOpenClass).Select(Describe));
    }

    [Fact]
    public void No_public_property_has_a_setter_that_is_not_init_only()
    {
        Assert.Empty(PublicTypes.SelectMany(MutableProperties));
    }

    [Fact]
    public void No_public_field_can_be_assigned()
    {
        Assert.Empty(PublicTypes.SelectMany(MutableFields));
    }

    [Fact]
    public void No_public_member_exposes_an_array_or_a_mutable_collection()
    {
        Assert.Empty(PublicTypes.SelectMany(MutableCollections));
    }

    [Fact]
    public void Every_public_value_type_has_equality_operators()
    {
        Assert.Empty(PublicTypes.Where(LacksEqualityOperators).Select(Describe));
    }

    [Fact]
    public void Every_public_type_lives_in_an_area_namespace()
    {
        Assert.Empty(PublicTypes.Where(IsOutsideAnArea).Select(t => $"{Describe(t)} in namespace '{t.Namespace}'"));
    }

    [Fact]
    public void The_rules_catch_the_faults_they_are_meant_to_catch()
    {
        Assert.True(IsOpenClass(typeof(OpenClass)));
        Assert.False(IsOpenClass(typeof(SealedRecord)));
        Assert.False(IsOpenClass(typeof(AbstractBase)));
        Assert.False(IsOpenClass(typeof(StaticHolder)));

        Assert.Single(MutableProperties(typeof(OpenClass)));
        Assert.Single(MutableProperties(typeof(StaticHolder)));
        Assert.Empty(MutableProperties(typeof(SealedRecord)));

        Assert.Single(MutableFields(typeof(OpenClass)));
        Assert.Empty(MutableFields(typeof(StaticHolder)));
        Assert.Empty(MutableFields(typeof(SampleKind)));

        Assert.Equal(2, MutableCollections(typeof(StaticHolder)).Count());
        Assert.Empty(MutableCollections(typeof(SealedRecord)));

        Assert.True(LacksEqualityOperators(typeof(BareStruct)));
        Assert.False(LacksEqualityOperators(typeof(RecordStruct)));
        Assert.False(LacksEqualityOperators(typeof(SampleKind)));

        Assert.True(IsOutsideAnArea(typeof(OpenClass)));
        Assert.False(IsOutsideAnArea(typeof(ActorId)));
    }

    internal static bool IsOpenClass(Type type) =>
        type.IsClass && !type.IsSealed && !type.IsAbstract;

    internal static IEnumerable<string> MutableProperties(Type type) =>
        from property in type.GetProperties(Declared)
        let setter = property.GetSetMethod(nonPublic: false)
        where setter is not null && !IsInitOnly(setter)
        select $"{Describe(type)}.{property.Name} has a public setter";

    internal static IEnumerable<string> MutableFields(Type type) =>
        type.IsEnum
            ? []
            : from field in type.GetFields(Declared)
              where !field.IsInitOnly && !field.IsLiteral
              select $"{Describe(type)}.{field.Name} is an assignable public field";

    internal static IEnumerable<string> MutableCollections(Type type)
    {
        var members = type.GetProperties(Declared).Select(p => (p.Name, Type: p.PropertyType))
            .Concat(type.GetFields(Declared).Where(f => !type.IsEnum).Select(f => (f.Name, Type: f.FieldType)));
        return from member in members
               where IsMutableCollection(member.Type)
               select $"{Describe(type)}.{member.Name} exposes a mutable {Describe(member.Type)}";
    }

    internal static bool LacksEqualityOperators(Type type)
    {
        if (!type.IsValueType || type.IsEnum)
        {
            return false;
        }

        bool Has(string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is { ReturnType: var r } && r == typeof(bool);
        return !Has("op_Equality") || !Has("op_Inequality");
    }

    internal static bool IsOutsideAnArea(Type type) =>
        type.Namespace is not { } ns || !AreaNamespace().IsMatch(ns) || ns == "Coordination.Domain.Internal";

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)
            || definition == typeof(ICollection<>) || definition == typeof(IList<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>);
    }

    private static string Describe(Type type) => type.FullName ?? type.Name;

    [GeneratedRegex(@"^Coordination\.Domain\.[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaNamespace();
}
