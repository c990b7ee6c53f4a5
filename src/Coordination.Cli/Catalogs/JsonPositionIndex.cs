using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Coordination.Cli.Catalogs;

/// <summary>
/// Finds where JSON paths such as <c>$.incidents[0].casualties[1].killed</c> lie in a document, so that
/// problems found after reading (validation errors) can be shown at their line and column.
/// </summary>
/// <remarks>
/// All paths are found in one pass over the document and one over its bytes, however many there are:
/// a file with 200 000 problems takes no longer to place than a file with one.
/// </remarks>
internal static class JsonPositionIndex
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = 1024,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Finds the value at one path (see <see cref="Locate(ReadOnlySpan{byte}, IReadOnlyList{string})"/>).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="path">The path.</param>
    /// <returns>The position, or <see langword="null"/>.</returns>
    public static TextPosition? Locate(ReadOnlySpan<byte> utf8, string path) => Locate(utf8, [path])[0];

    /// <summary>
    /// Finds the value at each path, or else the deepest part of the path that the document has (a
    /// problem about a missing member is shown at the object that lacks it).
    /// </summary>
    /// <param name="utf8">The document.</param>
    /// <param name="paths">The paths: <c>$</c> followed by <c>.name</c>, <c>['name']</c> and <c>[index]</c> steps.</param>
    /// <returns>One position per path, <see langword="null"/> where the path cannot be parsed or the document cannot be read.</returns>
    public static TextPosition?[] Locate(ReadOnlySpan<byte> utf8, IReadOnlyList<string> paths)
    {
        var root = new Node(null);
        var targets = paths.Select(path => Parse(path) is { } steps ? steps.Aggregate(root, (node, step) => node.Child(step)) : null).ToArray();
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (reader.Read())
            {
                Visit(ref reader, root);
            }
        }
        catch (JsonException)
        {
            // A document that cannot be read keeps the offsets found before the fault.
        }

        var offsets = targets.Select(target => target?.DeepestOffset() ?? -1).ToArray();
        var positions = Positions(utf8, offsets.Where(o => o >= 0).Distinct().Order().ToArray());
        return [.. offsets.Select(o => o >= 0 ? positions[o] : (TextPosition?)null)];
    }

    // The reader stands on the first token of the node's value; leaves it on the value's last token.
    private static void Visit(ref Utf8JsonReader reader, Node node)
    {
        node.Offset = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.StartObject && node.Named is { } named)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var child = named.GetValueOrDefault(reader.GetString()!);
                reader.Read();
                if (child is null)
                {
                    reader.Skip();
                }
                else
                {
                    Visit(ref reader, child);
                }
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray && node.Indexed is { } indexed)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (indexed.TryGetValue(index++, out var child))
                {
                    Visit(ref reader, child);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        else
        {
            reader.Skip();
        }
    }

    // Converts sorted byte offsets to positions in one sweep over the bytes.
    private static Dictionary<long, TextPosition> Positions(ReadOnlySpan<byte> utf8, long[] sortedOffsets)
    {
        var positions = new Dictionary<long, TextPosition>(sortedOffsets.Length);
        int line = 1, column = 1, at = 0;
        foreach (var offset in sortedOffsets)
        {
            var end = (int)Math.Min(offset, utf8.Length);
            for (; at < end; at++)
            {
                var b = utf8[at];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            positions[offset] = new TextPosition(line, column);
        }

        return positions;
    }

    private static List<Step>? Parse(string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var steps = new List<Step>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                steps.Add(new Step(path[(i + 1)..end], 0));
                i = end;
                continue;
            }

            var close = path[i] == '[' ? path.IndexOf(']', i) : -1;
            if (close < 0)
            {
                return null;
            }

            var inside = path[(i + 1)..close];
            if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                steps.Add(new Step(null, index));
            }
            else if (inside.Length >= 2 && inside[0] == '\'' && inside[^1] == '\'')
            {
                steps.Add(new Step(inside[1..^1], 0));
            }
            else
            {
                return null;
            }

            i = close + 1;
        }

        return steps;
    }

    private readonly record struct Step(string? Name, int Index);

    private sealed class Node(Node? parent)
    {
        public Node? Parent { get; } = parent;

        public Dictionary<string, Node>? Named { get; private set; }

        public Dictionary<int, Node>? Indexed { get; private set; }

        public long Offset { get; set; } = -1;

        public Node Child(Step step)
        {
            if (step.Name is { } name)
            {
                Named ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                return Named.TryGetValue(name, out var named) ? named : Named[name] = new Node(this);
            }

            Indexed ??= [];
            return Indexed.TryGetValue(step.Index, out var indexed) ? indexed : Indexed[step.Index] = new Node(this);
        }

        public long DeepestOffset()
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.Offset >= 0)
                {
                    return node.Offset;
                }
            }

            return -1;
        }
    }
}
