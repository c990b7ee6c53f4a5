namespace Coordination.Domain.Validation;

/// <summary>The longest text each kind of field accepts, in characters (code <see cref="ValidationCodes.General.TextTooLong"/>).</summary>
public static class ValidationLimits
{
    /// <summary>The longest short label: a post title, an honorific, a claim's basis, a place name, a publisher, a medium.</summary>
    public const int MaxLabelLength = 256;

    /// <summary>The longest title of a source.</summary>
    public const int MaxTitleLength = 1024;

    /// <summary>The longest description, summary or note.</summary>
    public const int MaxDescriptionLength = 4096;

    /// <summary>The longest quote of a statement.</summary>
    public const int MaxQuoteLength = 8192;
}
