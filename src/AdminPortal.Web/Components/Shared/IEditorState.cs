using AdminPortal.Core.Data;

namespace AdminPortal.Web.Components.Shared;

/// <summary>What a field component needs from the form it sits in.</summary>
public interface IEditorState
{
    /// <summary>The message to show under the field, once the field was edited or a save was tried.</summary>
    string? ErrorFor(string field);

    /// <summary>Messages of a field and of its items or members.</summary>
    IEnumerable<FieldError> ErrorsUnder(string field);

    /// <summary>Called after a field's value changed: runs the object's validator again.</summary>
    Task ChangedAsync(string field);

    bool IsReadOnly { get; }
}
