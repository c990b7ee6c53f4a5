namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Support"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Support.EnablingSupport"/>.</summary>
    public static class Support
    {
        /// <summary>The provider is also listed as a recipient.</summary>
        public const string ProviderIsRecipient = "COORD-SUP-001";

        /// <summary>The same recipient is listed twice.</summary>
        public const string DuplicateRecipient = "COORD-SUP-002";

        /// <summary>The support names no kind of support.</summary>
        public const string NoKind = "COORD-SUP-003";

        /// <summary>The same kind of support is listed twice.</summary>
        public const string DuplicateKind = "COORD-SUP-004";

        /// <summary>An amount is given without a currency (a <c>default</c> <see cref="Coordination.Domain.Finance.Money"/>).</summary>
        public const string AmountWithoutCurrency = "COORD-SUP-005";
    }
}
