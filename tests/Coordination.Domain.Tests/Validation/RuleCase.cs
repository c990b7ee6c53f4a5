using System;

namespace Coordination.Domain.Tests.Validation;

/// <summary>One rule of a validator, as a test case: how to break a valid record, and the code and path it must then report.</summary>
public sealed record RuleCase<T>(string Rule, Func<T, T> Break, string Path, string Code)
{
    public override string ToString() => $"{Code} {Rule}";
}
