namespace AdminPortal.Web.Components.Shared;

/// <summary>The attributes every field's input carries: its field key (for tests and the browser) and whether it is required.</summary>
public static class FieldAttributes
{
    public static Dictionary<string, object> For(string field, bool required = false) =>
        required
            ? new() { ["data-field"] = field, ["aria-required"] = "true" }
            : new() { ["data-field"] = field };

    /// <summary>
    /// The label, with Unified CM's asterisk when required. MudBlazor's own Required is never set: it makes the input
    /// validate itself on blur and overwrite the validator's message next to the field.
    /// </summary>
    public static string Label(string label, bool required) => required ? label + " *" : label;
}
