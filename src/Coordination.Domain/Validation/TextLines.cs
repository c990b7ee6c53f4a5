namespace Coordination.Domain.Validation;

/// <summary>Whether a text field may run over several lines (a description, a note, a quote) or is one line (a name, a title, a label).</summary>
internal enum TextLines
{
    /// <summary>One line: a line feed or carriage return is a refused control character.</summary>
    Single,

    /// <summary>Several lines: line feeds and carriage returns belong; other control characters do not.</summary>
    Multiple,
}
