using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Benchmarks.Generation;
using Coordination.Domain.Interop;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Benchmarks.Tests;

// One collection: the harness's tests read the process's resident memory, which the imports here would move.
[Collection("process memory")]
public sealed class SyntheticConflictFileTests
{
    [Theory]
    [InlineData(GeneratedLayout.Acled)]
    [InlineData(GeneratedLayout.Ucdp)]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes(GeneratedLayout layout)
    {
        var first = new SyntheticConflictFile(layout, 2_000).ToBytes();
        Assert.Equal(first, new SyntheticConflictFile(layout, 2_000).ToBytes());
        Assert.NotEqual(first, new SyntheticConflictFile(layout, 2_000, seed: 7).ToBytes());
    }

    [Theory]
    [InlineData(GeneratedLayout.Acled)]
    [InlineData(GeneratedLayout.Ucdp)]
    public void A_shorter_file_is_the_start_of_a_longer_one(GeneratedLayout layout)
    {
        var shorter = new SyntheticConflictFile(layout, 300).ToBytes();
        var longer = new SyntheticConflictFile(layout, 1_200).ToBytes();
        Assert.Equal(shorter, longer[..shorter.Length]);
    }

    [Theory]
    [InlineData(GeneratedLayout.Acled, DataLayout.AcledSince2023)]
    [InlineData(GeneratedLayout.Ucdp, DataLayout.UcdpGed)]
    public void The_header_is_the_data_sets_own_layout(GeneratedLayout layout, DataLayout expected)
    {
        var text = Encoding.UTF8.GetString(new SyntheticConflictFile(layout, 0).ToBytes());
        Assert.Equal(string.Join(',', DataLayouts.ColumnsOf(expected)) + "\n", text);
        Assert.Equal(expected, DataLayouts.Detect(text.TrimEnd('\n').Split(',')));
    }

    [Theory]
    [InlineData(GeneratedLayout.Acled)]
    [InlineData(GeneratedLayout.Ucdp)]
    public void It_imports_with_exactly_the_broken_rows_rejected(GeneratedLayout layout)
    {
        var file = new SyntheticConflictFile(layout, 6_000);
        var check = GeneratedFileCheck.Run(new MemoryStream(file.ToBytes()), file.ProblemRows);

        Assert.Empty(check.UnexpectedRejects);
        Assert.Equal(0, check.MissedProblems);
        Assert.Equal(6, check.Rejected);
        Assert.Equal(5_994, check.Imported);
        Assert.True(check.Passed);
        Assert.Equal(0, check.Unplaced);
        Assert.True(check.Territories >= 20, $"the incidents fell in {check.Territories} territories");
    }

    [Theory]
    [InlineData(GeneratedLayout.Acled, new[] { "event_date", "fatalities", "latitude", "", "sub_event_type", "interaction" })]
    [InlineData(GeneratedLayout.Ucdp, new[] { "type_of_violence", "date_start", "high", "latitude", "", "best" })]
    public void Each_of_the_six_ways_of_breaking_a_row_is_rejected_at_its_column(GeneratedLayout layout, string[] columns)
    {
        var file = new SyntheticConflictFile(layout, SyntheticConflictFile.ProblemKinds * SyntheticConflictFile.ProblemInterval);
        var rejected = new IncidentImporter(GeneratedFileCheck.ImportOptionsFor(ReferenceCatalog.Load()))
            .Read(new MemoryStream(file.ToBytes()), TestContext.Current.CancellationToken)
            .OfType<RejectedRow>()
            .ToList();

        Assert.Equal(Enumerable.Range(0, SyntheticConflictFile.ProblemKinds).Select(k => (long)(k * SyntheticConflictFile.ProblemInterval) + (SyntheticConflictFile.ProblemInterval / 2) + 2), rejected.Select(r => r.Line));
        Assert.Equal(columns, rejected.Select(r => r.Column ?? string.Empty));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(1_500)]
    [InlineData(1_501)]
    [InlineData(12_345)]
    public void The_count_of_broken_rows_is_the_count_of_rows_it_breaks(int rows) =>
        Assert.Equal(Enumerable.Range(0, rows).LongCount(i => SyntheticConflictFile.IsProblem(i)), new SyntheticConflictFile(GeneratedLayout.Acled, rows).ProblemRows);

    [Fact]
    public void The_rows_name_the_actors_the_actor_map_knows_by_the_period_of_their_date()
    {
        var known = Interop.Actors.ActorMap.Reference.Entries.Select(e => e.Name).ToHashSet();
        var actors = new Dictionary<string, int>();
        foreach (var row in new IncidentImporter(GeneratedFileCheck.ImportOptionsFor(ReferenceCatalog.Load()))
            .Read(new MemoryStream(new SyntheticConflictFile(GeneratedLayout.Acled, 3_000).ToBytes()), TestContext.Current.CancellationToken)
            .OfType<ImportedRow>())
        {
            foreach (var name in new[] { row.Row["actor1"], row.Row["actor2"] })
            {
                if (!string.IsNullOrEmpty(name))
                {
                    actors[name] = actors.GetValueOrDefault(name) + 1;
                }
            }
        }

        Assert.Contains("Military Forces of Iraq (2014-2018)", actors.Keys);
        Assert.Contains("Military Forces of Iraq (2022-) Peshmerga", actors.Keys);
        Assert.Contains("Islamic State (Iraq)", actors.Keys);
        var mapped = actors.Where(a => known.Contains(a.Key)).Sum(a => a.Value);
        Assert.True(mapped * 3 > actors.Values.Sum(), $"{mapped} of {actors.Values.Sum()} actor names are in the actor map");
    }

    [Theory]
    [InlineData("acled 10")]
    [InlineData("acled 10 out.csv 1 extra")]
    [InlineData("nonsense 10 out.csv")]
    [InlineData("acled -10 out.csv")]
    [InlineData("acled ten out.csv")]
    [InlineData("acled 99999999999 out.csv")]
    [InlineData("ucdp 10 out.csv -1")]
    public void A_bad_command_line_is_refused_with_exit_code_2_and_writes_nothing(string commandLine)
    {
        var directory = Directory.CreateTempSubdirectory("generate-").FullName;
        try
        {
            // The file is named inside a folder of its own, so that "writes nothing" can be seen.
            var absolute = commandLine.Split(' ').Select(a => a == "out.csv" ? Path.Combine(directory, a) : a).ToArray();

            Assert.Equal(2, GenerateMode.Run(absolute));
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_refused_with_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "out.csv");

        Assert.Equal(2, GenerateMode.Run(["acled", "10", missing]));
        Assert.False(File.Exists(missing));
    }
}
