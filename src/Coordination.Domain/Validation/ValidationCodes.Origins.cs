namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Origins"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Provenance.RecordOrigin"/>, where an imported record came from.</summary>
    public static class Origins
    {
        /// <summary>The origin names no data set: <c>DataSet</c> is null, empty or white space.</summary>
        public const string BlankDataSet = "COORD-ORIG-001";

        /// <summary>The origin gives no event id: <c>EventId</c> is null, empty or white space (a derived id is still an id).</summary>
        public const string BlankEventId = "COORD-ORIG-002";

        /// <summary>A field of the origin names no column: its <c>Column</c> is empty or white space (a default field).</summary>
        public const string BlankFieldColumn = "COORD-ORIG-003";
    }
}
