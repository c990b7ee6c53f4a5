using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Validate;

/// <summary>The outcome of <c>coordination validate</c>, as <c>--format json</c> writes it.</summary>
/// <param name="ExitCode">The command's exit code: 0 all valid, 1 validation errors, 2 a file unreadable.</param>
/// <param name="Files">One outcome per file, in the order given.</param>
internal sealed record ValidationReport(int ExitCode, ImmutableArray<FileValidation> Files);
