namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Names"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of the names of a record (its <see cref="Coordination.Domain.Names.NameSet"/>).</summary>
    public static class Names
    {
        /// <summary>The same name (text, kind and language) appears twice in one set of names.</summary>
        public const string DuplicateName = "COORD-NAME-001";
    }
}
