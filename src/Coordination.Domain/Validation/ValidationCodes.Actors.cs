namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Actors"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Actors.Actor"/> and its relations.</summary>
    public static class Actors
    {
        /// <summary>A relation targets the actor that holds it.</summary>
        public const string SelfRelation = "COORD-ACT-001";

        /// <summary>Two relations of the same kind to the same target overlap in time.</summary>
        public const string OverlappingRelations = "COORD-ACT-002";
    }
}
