namespace Coordination.Cli.Commands.Validate;

/// <summary>Why a file could not be read or parsed.</summary>
/// <param name="Message">What is wrong, one line.</param>
/// <param name="Line">The line of the fault, from 1, when known.</param>
/// <param name="Column">The column of the fault, from 1, when known.</param>
/// <param name="Path">The JSON path of the fault, when known.</param>
internal sealed record FileError(string Message, int? Line, int? Column, string? Path);
