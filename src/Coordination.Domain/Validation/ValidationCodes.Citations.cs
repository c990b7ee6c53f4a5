namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Citations"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of the lists of sources records cite.</summary>
    public static class Citations
    {
        /// <summary>A fact-bearing record (actor, person, territory, line, mechanism, incident, support) lists no source.</summary>
        public const string NoSource = "COORD-CITE-001";

        /// <summary>The same source is listed twice in one list of sources.</summary>
        public const string DuplicateSource = "COORD-CITE-002";

        /// <summary>An inferred fact (an <see cref="Provenance.Inference"/>) names no source it was inferred from.</summary>
        public const string InferenceWithoutSource = "COORD-CITE-003";
    }
}
