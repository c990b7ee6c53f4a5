namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Catalog"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of the cross-record rules of <see cref="Coordination.Domain.Catalog.CoordinationCatalog"/>.</summary>
    public static class Catalog
    {
        /// <summary>Two records of the same kind have the same identifier (reported on every record after the first).</summary>
        public const string DuplicateIdentifier = "COORD-CAT-001";

        /// <summary>A referenced actor is not in the catalog.</summary>
        public const string UnknownActor = "COORD-CAT-002";

        /// <summary>A referenced person is not in the catalog.</summary>
        public const string UnknownPerson = "COORD-CAT-003";

        /// <summary>A referenced territory is not in the catalog.</summary>
        public const string UnknownTerritory = "COORD-CAT-004";

        /// <summary>A referenced coordination line is not in the catalog.</summary>
        public const string UnknownLine = "COORD-CAT-005";

        /// <summary>A cited source is not in the catalog.</summary>
        public const string UnknownSource = "COORD-CAT-006";

        /// <summary>A territory's chain of parents leads back to itself (reported on every territory of the cycle).</summary>
        public const string ParentCycle = "COORD-CAT-007";

        /// <summary>A fact is dated after the publication of a source it rests on: the source cannot report it.</summary>
        public const string FactAfterSource = "COORD-CAT-008";

        /// <summary>A relation between actors is dated outside the existence of the actor that holds it or of its target.</summary>
        public const string RelationOutsideExistence = "COORD-CAT-009";

        /// <summary>A post is dated outside the existence of the actor it is held in.</summary>
        public const string PostOutsideExistence = "COORD-CAT-010";
    }
}
