using AdminPortal.Core.Data;

namespace AdminPortal.Web.Components.Shared;

/// <summary>What a field component needs from the form it sits in.</summary>
public interface IEditorState
{
    /// <summary>The message to show under the field: what was typed does not parse, or, once the field was edited or a save was tried, the validator's.</summary>
    string? ErrorFor(string field);

    /// <summary>Messages of a field and of its items or members.</summary>
    IEnumerable<FieldError> ErrorsUnder(string field);

    /// <summary>Called after a field's value changed: runs the object's validator again.</summary>
    Task ChangedAsync(string field);

    /// <summary>
    /// What was typed into the field cannot become its value (a number that does not parse): the message stands next
    /// to the field and blocks every save until the field is changed again.
    /// </summary>
    void CannotParse(string field, string message);

    /// <summary>The longest value the field accepts, as the object's validator limits it.</summary>
    int MaxLengthOf(string field);

    /// <summary>Changes each time the form is given an object, so that inputs drop what they showed for the last one.</summary>
    int Generation { get; }

    bool IsReadOnly { get; }
}
