using System;
using System.Collections.Generic;
using System.IO;

namespace Coordination.Domain.AotSmoke;

/// <summary>
/// Runs named checks and reports each as a line <c>PASS name</c> or <c>FAIL name: why</c>, which
/// .ci/run counts. A check that throws fails with the exception's type and message.
/// </summary>
internal sealed class SmokeChecks(TextWriter output)
{
    private readonly List<string> failures = [];

    public int Passed { get; private set; }

    public void Check(string name, Func<bool> check)
    {
        string? failure;
        try
        {
            failure = check() ? null : "returned false";
        }
#pragma warning disable CA1031 // A smoke check reports any exception as a failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = $"{exception.GetType().Name}: {exception.Message}";
        }

        if (failure is null)
        {
            Passed++;
            output.WriteLine($"PASS {name}");
        }
        else
        {
            failures.Add(name);
            output.WriteLine($"FAIL {name}: {failure}");
        }
    }

    public void Throws<TException>(string name, Action action)
        where TException : Exception =>
        Check(name, () =>
        {
            try
            {
                action();
                return false;
            }
            catch (TException)
            {
                return true;
            }
        });

    /// <summary>Returns the process exit code: 0 when every check passed and at least one ran.</summary>
    public int ExitCode => failures.Count == 0 && Passed > 0 ? 0 : 1;
}
