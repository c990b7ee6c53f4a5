namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Sources"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Provenance.Source"/>.</summary>
    public static class Sources
    {
        /// <summary>The URL is not an absolute <c>http</c> or <c>https</c> URL.</summary>
        public const string InvalidUrl = "COORD-SRC-001";

        /// <summary>The language is given as a <c>default</c> <see cref="Coordination.Domain.Names.LanguageTag"/>; leave it out when unknown.</summary>
        public const string DefaultLanguage = "COORD-SRC-002";
    }
}
