using System;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// The one skeleton of every value object read and written as a JSON object. A converter declares its
/// members once, in a table (JSON name, the converter of the value, how to get it from the value object and
/// set it on the state being read, whether it is required, when it is written); this base does the rest,
/// the same way for every type: the object loop, unknown and duplicate members refused (a <see cref="ulong"/>
/// of members seen, no allocation), required members checked, and an <see cref="ArgumentException"/>,
/// <see cref="FormatException"/> or <see cref="OverflowException"/> from the constructor turned into a
/// <see cref="JsonException"/>, to which the serializer adds the JSON path. The value is written directly
/// from the value object, member by member, and the schema is produced from the same table.
/// </summary>
/// <typeparam name="T">The value object.</typeparam>
/// <typeparam name="TState">What is read so far, a struct on the stack; its <c>default</c> is the state before any member.</typeparam>
internal abstract class ObjectJsonConverter<T, TState> : JsonConverter<T>, IJsonSchemaSource
    where TState : struct
{
    private readonly Member[] members;
    private readonly JsonEncodedText[] names;
    private readonly ulong required;

    /// <summary>Creates the converter.</summary>
    /// <param name="what">The value object, as messages name it (<c>a name</c>).</param>
    /// <param name="description">The description of the schema.</param>
    /// <param name="members">The members, in the order they are written.</param>
    protected ObjectJsonConverter(string what, string description, params Member[] members)
    {
        (What, Description, this.members) = (what, description, members.Length <= 64 ? members : throw new ArgumentException("At most 64 members: they are counted in a ulong.", nameof(members)));
        names = [.. members.Select(m => m.EncodedName)];
        for (var i = 0; i < members.Length; i++)
        {
            required |= members[i].IsRequired ? 1UL << i : 0;
        }
    }

    /// <summary>Sets one member's value on the state being read.</summary>
    protected delegate void Setter<in TValue>(ref TState state, TValue value);

    /// <inheritdoc />
    public override bool HandleNull => typeof(T).IsValueType;

    /// <inheritdoc />
    public string? DefinitionName => JsonNamingPolicy.CamelCase.ConvertName(typeof(T).Name);

    /// <summary>Gets the value object, as messages name it.</summary>
    protected string What { get; }

    private string Description { get; }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ReadOther(ref reader, options);
        }

        var state = default(TState);
        ulong seen = 0;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var i = JsonReading.IndexOf(ref reader, names) is var found and >= 0 ? found : throw JsonReading.UnknownProperty(ref reader, What);
                var bit = 1UL << i;
                if ((seen & bit) != 0)
                {
                    throw new JsonException($"Duplicate member '{members[i].Name}' in {What}.");
                }

                seen |= bit;
                reader.Read();
                members[i].Read(ref reader, ref state, options);
            }

            if ((seen & required) != required)
            {
                throw new JsonException($"Missing required member '{members[BitOperations.TrailingZeroCount(required & ~seen)].Name}' in {What}.");
            }

            return Create(in state);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or OverflowException)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var member in members)
        {
            member.Write(writer, value, options);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public virtual JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) =>
        CoordinationJsonSchemaDefinitions.Object(Description, [.. members.Select(m => (m.Name, definitions.Of(m.Converter)))], [.. members.Where(m => m.IsRequired).Select(m => m.Name)]);

    /// <summary>Creates the value object from what was read; may throw what its constructor throws.</summary>
    protected abstract T Create(in TState state);

    /// <summary>Reads a value that is not an object; refuses it unless overridden.</summary>
    protected virtual T ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) => throw JsonReading.WrongToken(ref reader, What, "an object");

    /// <summary>A member that must be present when read, always written.</summary>
    protected static Member Required<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue> get, Setter<TValue> set) =>
        new Member<TValue>(name, converter, get, set, isRequired: true, when: null);

    /// <summary>A member that may be left out when read (the state keeps its default), written when <paramref name="when"/> says so (always by default).</summary>
    protected static Member Optional<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue> get, Setter<TValue> set, Func<T, bool>? when = null) =>
        new Member<TValue>(name, converter, get, set, isRequired: false, when);

    /// <summary>A member that may be left out or null when read, and is omitted when null.</summary>
    protected static Member Nullable<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue?> get, Setter<TValue?> set)
        where TValue : struct =>
        new NullableMember<TValue>(name, converter, get, set);

    /// <summary>A converter of a finite number, whose schema gives its range (the constructor checks it).</summary>
    protected static JsonConverter<double> Number(string what, double minimum, double maximum) =>
        new ValueJsonConverter<double>((ref r, o) => JsonReading.ReadDouble(ref r, what), (w, v, o) => w.WriteNumberValue(v), _ => new() { ["type"] = "number", ["minimum"] = minimum, ["maximum"] = maximum });

    /// <summary>A converter of a count: a whole number, of zero or more in the schema (the constructor checks it).</summary>
    protected static JsonConverter<int> Count(string what) =>
        new ValueJsonConverter<int>((ref r, o) => JsonReading.ReadInt32(ref r, what), (w, v, o) => w.WriteNumberValue(v), _ => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue });

    /// <summary>A converter of <see langword="true"/> or <see langword="false"/>.</summary>
    protected static JsonConverter<bool> Boolean(string what, string description) => new ValueJsonConverter<bool>(
        (ref r, o) => r.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => throw JsonReading.WrongToken(ref r, what, "true or false") },
        (w, v, o) => w.WriteBooleanValue(v),
        _ => new() { ["type"] = "boolean", ["description"] = description });

    /// <summary>A converter of an array that holds no null.</summary>
    protected static JsonConverter<ImmutableArray<TElement>> ArrayOf<TElement>(JsonConverter<TElement> element, string what) => new ValueJsonConverter<ImmutableArray<TElement>>(
        (ref r, o) =>
        {
            if (r.TokenType != JsonTokenType.StartArray)
            {
                throw JsonReading.WrongToken(ref r, what, "an array");
            }

            var items = ImmutableArray.CreateBuilder<TElement>();
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                items.Add(r.TokenType == JsonTokenType.Null
                    ? throw new JsonException($"Element {items.Count} of {what} is null; the contract allows no null element.")
                    : element.Read(ref r, typeof(TElement), o)!);
            }

            return items.DrainToImmutable();
        },
        (w, v, o) =>
        {
            w.WriteStartArray();
            foreach (var item in v)
            {
                element.Write(w, item, o);
            }

            w.WriteEndArray();
        },
        definitions => new() { ["type"] = "array", ["items"] = definitions.Of(element) });

    private static ValueJsonConverter<TValue?> OrNull<TValue>(JsonConverter<TValue> converter)
        where TValue : struct => new(
        (ref r, o) => r.TokenType == JsonTokenType.Null ? null : converter.Read(ref r, typeof(TValue), o),
        (w, v, o) => converter.Write(w, v!.Value, o),
        definitions => CoordinationJsonSchemaDefinitions.OrNull(definitions.Of(converter)));

    /// <summary>One row of the member table: the JSON name (encoded once), the converter of the value, whether the member must be present, how it is read into the state and written from the value object (unless omitted).</summary>
    protected abstract class Member(string name, JsonConverter converter, bool isRequired)
    {
        internal string Name { get; } = name;

        internal JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

        internal JsonConverter Converter { get; } = converter;

        internal bool IsRequired { get; } = isRequired;

        internal abstract void Read(ref Utf8JsonReader reader, ref TState state, JsonSerializerOptions options);

        internal abstract void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options);
    }

    // A member of a nullable value type: read through OrNull (the schema says the same), written, when it has a
    // value, by the value's own converter with one call of the getter.
    private sealed class NullableMember<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue?> get, Setter<TValue?> set)
        : Member(name, OrNull(converter), isRequired: false)
        where TValue : struct
    {
        internal override void Read(ref Utf8JsonReader reader, ref TState state, JsonSerializerOptions options) =>
            set(ref state, ((JsonConverter<TValue?>)Converter).Read(ref reader, typeof(TValue?), options));

        internal override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (get(value) is { } present)
            {
                writer.WritePropertyName(EncodedName);
                converter.Write(writer, present, options);
            }
        }
    }

    private sealed class Member<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue> get, Setter<TValue> set, bool isRequired, Func<T, bool>? when)
        : Member(name, converter, isRequired)
    {
        internal override void Read(ref Utf8JsonReader reader, ref TState state, JsonSerializerOptions options) =>
            set(ref state, converter.Read(ref reader, typeof(TValue), options)!);

        internal override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (when is null || when(value))
            {
                writer.WritePropertyName(EncodedName);
                converter.Write(writer, get(value), options);
            }
        }
    }
}
