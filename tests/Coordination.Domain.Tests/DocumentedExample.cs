using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coordination.Domain.Tests.Serialization;
using Xunit;

namespace Coordination.Domain.Tests;

/// <summary>
/// Reads the C# examples of the docs and the test code they are copied from, so that a documentation test
/// can check that the documented example is the compiled one and prints what its comments say.
/// </summary>
internal static class DocumentedExample
{
    /// <summary>The lines of the first C# block after <paramref name="heading"/> in <c>docs/<paramref name="page"/></c>.</summary>
    internal static string[] InDocs(string page, string heading)
    {
        var text = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", page)).ReplaceLineEndings("\n");
        var section = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(section >= 0, $"docs/{page} has no section '{heading}'.");
        var start = text.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{page} has no C# block after '{heading}'.");
        start += "```csharp\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
    }

    /// <summary>
    /// The lines between <c>// <paramref name="marker"/>: start</c> and <c>// <paramref name="marker"/>: end</c> in
    /// the test file at <paramref name="testFile"/> (relative to this test project), less the method body's indent.
    /// </summary>
    internal static string[] InTests(string testFile, string marker)
    {
        var lines = File.ReadAllLines(Path.Combine(Snapshot.RepositoryRoot(), "tests", "Coordination.Domain.Tests", testFile));
        var from = Array.FindIndex(lines, line => line.Trim() == $"// {marker}: start") + 1;
        var to = Array.FindIndex(lines, line => line.Trim() == $"// {marker}: end");
        Assert.True(from > 0 && to > from, $"The markers '// {marker}: start' and '// {marker}: end' are missing from {testFile}.");
        return [.. lines[from..to].Select(line => line.Length >= 8 ? line[8..] : line.Trim())];
    }

    /// <summary>What the example's <c>Console.WriteLine(…); // output</c> lines promise, in order.</summary>
    internal static List<string> PromisedOutput(IEnumerable<string> example) =>
        [.. example.Where(line => line.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("// ", StringComparison.Ordinal) + 3)..])];

    /// <summary>The lines <paramref name="run"/> writes to the <see cref="TextWriter"/> it is given.</summary>
    internal static string[] Output(Action<TextWriter> run)
    {
        using var output = new StringWriter();
        run(output);
        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
