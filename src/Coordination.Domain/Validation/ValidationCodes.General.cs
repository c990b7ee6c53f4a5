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

        /// <summary>
        /// Text holds a control character: NUL or another C0 control (U+0000–U+001F), DEL, or a C1 control
        /// (U+0080–U+009F). Line feeds and carriage returns belong only in text of several lines (descriptions,
        /// summaries, notes, quotes).
        /// </summary>
        public const string ControlCharacter = "COORD-TEXT-004";

        /// <summary>
        /// Text holds a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which can
        /// make it read otherwise than it is stored. The directional marks (U+200E, U+200F, U+061C) and the
        /// zero-width non-joiner and joiner stay allowed.
        /// </summary>
        public const string BidirectionalControl = "COORD-TEXT-005";

        /// <summary>A reported date is the <c>default</c> value (0001-01-01), which stands for a date nobody gave.</summary>
        public const string MissingDate = "COORD-DATE-001";
    }
}
