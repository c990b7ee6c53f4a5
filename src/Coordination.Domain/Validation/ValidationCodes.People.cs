namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="People"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Actors.Person"/> and their posts.</summary>
    public static class People
    {
        /// <summary>A person holds the same post (same actor and title) twice over overlapping periods.</summary>
        public const string OverlappingPosts = "COORD-PER-001";
    }
}
