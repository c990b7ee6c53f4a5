using System;
using System.Text.Json;
using System.Threading;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Limits that guard <see cref="CoordinationJson"/>'s readers against hostile or broken input. The
/// defaults are safe for documents from outside and generous for real catalogs; tighten or loosen them
/// with an object initializer (<c>new CoordinationJsonReaderOptions { MaxDocumentBytes = 1 &lt;&lt; 30 }</c>).
/// </summary>
/// <remarks>
/// <para>Input that breaks a limit is refused with a <see cref="JsonException"/> before it is fully read.
/// Arrays have no count limit of their own (a catalog may hold hundreds of thousands of incidents):
/// <see cref="MaxDocumentBytes"/> and <see cref="MaxLineBytes"/> bound them.</para>
/// <para>Instances are immutable and safe to share; reuse one rather than creating one per call, since
/// each distinct instance builds its own serializer metadata on first use.</para>
/// </remarks>
public sealed class CoordinationJsonReaderOptions
{
    /// <summary>The default of <see cref="MaxDepth"/>: 32 levels (a catalog document nests about 7 deep).</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxStringLength"/>: 65 536 characters.</summary>
    public const int DefaultMaxStringLength = 65_536;

    /// <summary>The default of <see cref="MaxLineBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    private JsonSerializerOptions? serializerOptions;

    /// <summary>Gets the options with every limit at its default.</summary>
    public static CoordinationJsonReaderOptions Default { get; } = new();

    /// <summary>Gets the deepest nesting of objects and arrays read, 1 to 1 000; default <see cref="DefaultMaxDepth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On initialization: the value is outside 1 to 1 000.</exception>
    public int MaxDepth { get; init => field = InRange(nameof(MaxDepth), value, 1, 1_000); } = DefaultMaxDepth;

    /// <summary>
    /// Gets the largest catalog document read, in UTF-8 bytes (a string is counted as its UTF-8 encoding);
    /// default <see cref="DefaultMaxDocumentBytes"/>. Does not apply to JSON Lines, whose lines
    /// <see cref="MaxLineBytes"/> bounds one by one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On initialization: the value is not positive.</exception>
    public long MaxDocumentBytes { get; init => field = InRange(nameof(MaxDocumentBytes), value, 1, long.MaxValue); } = DefaultMaxDocumentBytes;

    /// <summary>
    /// Gets the longest free-text string read (a description, quote, title, URL), in UTF-16 characters;
    /// default <see cref="DefaultMaxStringLength"/>. Strings of a fixed syntax have their own, smaller
    /// limits (an identifier 64 characters, a name 256).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On initialization: the value is not positive.</exception>
    public int MaxStringLength { get; init => field = InRange(nameof(MaxStringLength), value, 1, int.MaxValue); } = DefaultMaxStringLength;

    /// <summary>Gets the longest line of a JSON Lines stream read, in UTF-8 bytes without the line break; default <see cref="DefaultMaxLineBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On initialization: the value is not positive.</exception>
    public int MaxLineBytes { get; init => field = InRange(nameof(MaxLineBytes), value, 1, int.MaxValue); } = DefaultMaxLineBytes;

    // The setters' check: the value, if within minimum to maximum.
    private static T InRange<T>(string name, T value, long minimum, long maximum)
        where T : struct, IConvertible
    {
        Preconditions.CheckArgumentRange(name, value.ToInt64(null), minimum, maximum);
        return value;
    }

    /// <summary>Gets the serializer options that apply these limits, built once per instance.</summary>
    internal JsonSerializerOptions SerializerOptions =>
        serializerOptions ?? LazyInitializer.EnsureInitialized(ref serializerOptions, () => CoordinationJson.CreateOptions(MaxDepth, MaxStringLength));
}
