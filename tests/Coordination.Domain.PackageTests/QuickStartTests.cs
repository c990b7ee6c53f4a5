using System;
using System.IO;
using Xunit;

namespace Coordination.Domain.PackageTests;

public sealed class QuickStartTests
{
    [Fact]
    public void The_README_quick_start_runs_and_prints_what_its_comments_say()
    {
        using var output = new StringWriter();

        ReadmeQuickStart.Run(output);

        var printed = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(ReadmeQuickStart.ExpectedOutput);
        Assert.Equal(ReadmeQuickStart.ExpectedOutput, printed);
    }
}
