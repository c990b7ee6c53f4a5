using System;
using System.Text;
using System.Threading.Tasks;

namespace Coordination.Cli;

/// <summary>The entry point of the <c>coordination</c> tool.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        return new CoordinationApp(CliServices.Default, CliConsole.System).RunAsync(args);
    }
}
