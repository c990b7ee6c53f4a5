using System;
using System.Linq;
using System.Runtime.InteropServices;
using Coordination.Domain.Benchmarks.Scale;
using Xunit;

namespace Coordination.Domain.Benchmarks.Tests;

// One collection: the harness's tests read the process's resident memory, which the imports here would move.
[Collection("process memory")]
public sealed class ScaleHarnessTests
{
    [Fact]
    public void A_result_line_reads_back_as_the_result_it_was_written_from()
    {
        var measured = new ScaleResult("validate", 100_000, 5.75, 4.5, 377_487_360, 363_855_872, 1_976_000_000, 3, "0 errors");
        var offLinux = measured with { PeakBytes = null, StartBytes = null, Note = "a note\twith a tab" };

        Assert.Equal(measured, ScaleResult.Parse(measured.ToLine()));
        Assert.Equal(offLinux with { Note = "a note with a tab" }, ScaleResult.Parse(offLinux.ToLine()));
        Assert.Null(ScaleResult.Parse("validate\t100000"));
    }

    [Fact]
    public void The_table_has_a_row_per_stage_and_size_and_the_growth_from_size_to_size()
    {
        ScaleResult[] results =
        [
            new("import", 10_000, 1, 1, 100L << 20, 80L << 20, 50L << 20, 1, "imported"),
            new("import", 100_000, 9, 8, 300L << 20, 80L << 20, 500L << 20, 4, "imported"),
            new("query", 10_000, 1, 0.5, 120L << 20, 110L << 20, 1L << 20, 0, "found"),
        ];

        var table = ScaleMode.Table(results, ["import", "query"], [10_000, 100_000], ["query at 100,000"]).Split('\n');

        Assert.Equal(3, table.Count(l => l.StartsWith("| import | 10,000 |", StringComparison.Ordinal) || l.StartsWith("| import | 100,000 |", StringComparison.Ordinal) || l.StartsWith("| query | 10,000 |", StringComparison.Ordinal)));
        Assert.Contains("| import | ×8.0 | ×3.0 |", table.Select(l => l.TrimEnd('\r')));
        Assert.Contains("| query | – | – |", table.Select(l => l.TrimEnd('\r')));
        Assert.Contains("(failed: query at 100,000)", table.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void The_peak_resident_memory_is_at_least_the_resident_memory_and_can_be_reset()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ProcessMemory.Resident());
            return;
        }

        const int Size = 64 << 20;
        var resident = ProcessMemory.Resident();
        Assert.True(ProcessMemory.Peak() >= resident, "the peak is read after the resident memory");

        // Native memory this large is mapped on its own and unmapped when freed, unlike the managed heap.
        var high = TouchedBlockPeak(Size);
        Assert.True(ProcessMemory.ResetPeak());
        var reset = ProcessMemory.Peak();
        Assert.True(reset < high - (Size / 2), $"after the reset the peak {reset} is below the block's {high}");
        Assert.True(TouchedBlockPeak(Size) >= reset + Size - (4 << 20), "a block touched after the reset raises the peak again");
    }

    private static long TouchedBlockPeak(int size)
    {
        var block = Marshal.AllocHGlobal(size);
        try
        {
            for (var i = 0; i < size; i += 4096)
            {
                Marshal.WriteByte(block, i, 1);
            }

            return ProcessMemory.Peak() ?? 0;
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task The_parquet_stage_writes_the_files_and_leaves_no_folder_behind()
    {
        var file = System.IO.Path.GetTempFileName();
        try
        {
            await System.IO.File.WriteAllBytesAsync(file, new Generation.SyntheticConflictFile(Generation.GeneratedLayout.Acled, 2_000).ToBytes(), TestContext.Current.CancellationToken);

            var result = await ScaleStages.MeasureAsync("parquet", 2_000, file);

            Assert.Equal("parquet", result.Stage);
            Assert.StartsWith("Parquet, 4 files,", result.Note, StringComparison.Ordinal);
            Assert.Empty(System.IO.Directory.GetDirectories(System.IO.Path.GetTempPath(), "coordination-scale-parquet-" + Environment.ProcessId));
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }

    [Fact]
    public void Every_stage_is_known_and_an_unknown_one_is_refused() =>
        Assert.Equal(2, ScaleMode.Run(["10000", "--stages", "import,nonsense"]));
}
