namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="General"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Structural problems any record can have; the property path tells where.</summary>
    public static class General
    {
        /// <summary>A required value, or an element of a collection, is <see langword="null"/> (as deserialized input may have it).</summary>
        public const string NullValue = "COORD-NULL-001";

        /// <summary>An identifier is the <c>default</c> value, which names nothing: the record's own identifier, or a reference given as default.</summary>
        public const string MissingIdentifier = "COORD-ID-001";

        /// <summary>A value is not one of the defined members of its enumeration (a kind, role, status, precision …).</summary>
        public const string UndefinedEnumValue = "COORD-ENUM-001";

        /// <summary>Required text (a title, a quote, a publisher) is <see langword="null"/>, empty or white space.</summary>
        public const string RequiredTextMissing = "COORD-TEXT-001";

        /// <summary>Text is longer than its limit (see <see cref="ValidationLimits"/>).</summary>
        public const string TextTooLong = "COORD-TEXT-002";

        /// <summary>Optional text is given but empty or white space; leave it out (<see langword="null"/>) instead.</summary>
        public const string BlankText = "COORD-TEXT-003";

        /// <summary>A reported date is the <c>default</c> value (0001-01-01), which stands for a date nobody gave.</summary>
        public const string MissingDate = "COORD-DATE-001";
    }
}
