using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SharpFuzz;
using SharpFuzz.Common;

namespace Coordination.Domain.Fuzz;

/// <summary>
/// Runs one fuzz target. <c>Coordination.Domain.Fuzz TARGET</c> runs it under afl-fuzz (SharpFuzz's
/// out-of-process loop); <c>Coordination.Domain.Fuzz TARGET FILE…</c> runs it once over each file, to
/// reproduce a finding or replay a corpus without AFL.
/// </summary>
internal static unsafe class Program
{
    private const int MapSize = 1 << 16;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Coordination.Domain.Fuzz TARGET [FILE…]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
            return 2;
        }

        if (args.Length == 1)
        {
            Fuzzer.OutOfProcess.Run(target);
            return 0;
        }

        // Outside AFL the instrumented libraries still write their coverage somewhere: give them a map.
        Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(MapSize);
        foreach (var path in args.Skip(1))
        {
            using var file = File.OpenRead(path);
            target(file);
            Console.WriteLine($"ok {path}");
        }

        return 0;
    }
}
