using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;

namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// A configuration page's form: the object being edited, and the messages of its validator (the same one the save
/// path runs) keyed by field. The page only binds; validation and saving live here and in Core.
/// </summary>
/// <remarks>
/// <paramref name="save"/> and <paramref name="validate"/>, when given, save and validate instead of the store (Self Care
/// goes through its service, which checks ownership and words refusals for end users); the service still runs the
/// store's validators.
/// </remarks>
public sealed class EditorState<T>(
    ConfigurationStore store,
    Action stateChanged,
    Func<T, Task<SaveResult>>? save = null,
    Func<T, Task<IReadOnlyList<FieldError>>>? validate = null) : IEditorState
    where T : Entity, new()
{
    private readonly HashSet<string> _touched = [];
    private readonly Dictionary<string, string> _unparsed = [];
    private IReadOnlyDictionary<string, int>? _maxLengths;
    private IReadOnlyList<FieldError> _errors = [];
    private bool _saveTried;
    private object? _loadedFor;

    /// <summary>
    /// The object being edited; a blank one until the page has loaded it, so that a first render while the database
    /// answers (PostgreSQL answers asynchronously, SQLite at once) reads a value, not null.
    /// </summary>
    public T Model { get; private set; } = new();

    /// <summary>True once the page gave the object to edit; the frame shows a progress bar until then.</summary>
    public bool IsLoaded { get; private set; }

    public bool IsReadOnly { get; set; }

    public bool IsNew => Model.Id == 0;

    /// <summary>The recommendations the last successful save reported (W-rules): saved anyway, shown as warnings.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Messages shown in the summary: every current message once a save was tried.</summary>
    public IReadOnlyList<FieldError> Summary => _saveTried ? [.. Unparsed, .. _errors] : [];

    public int Generation { get; private set; }

    /// <summary>
    /// True the first time it is asked for a page address (its route and query values): a parent re-render (a theme
    /// switch, say) sets the page's parameters again, and must not reload the object over the user's edits.
    /// </summary>
    public bool BeginLoad(object address)
    {
        if (Equals(address, _loadedFor))
        {
            return false;
        }

        _loadedFor = address;
        return true;
    }

    public void Reset(T model)
    {
        Model = model;
        IsLoaded = true;
        _touched.Clear();
        _unparsed.Clear();
        _errors = [];
        _saveTried = false;
        Findings = [];
        Generation++;
    }

    public string? ErrorFor(string field) =>
        _unparsed.TryGetValue(field, out var unparsed) ? unparsed
        : (_saveTried || _touched.Contains(field)) ? _errors.FirstOrDefault(e => e.Field == field)?.Message
        : null;

    public void CannotParse(string field, string message)
    {
        _unparsed[field] = message;
        stateChanged();
    }

    public int MaxLengthOf(string field) => (_maxLengths ??= store.MaxLengths<T>()).MaxLength(field);

    /// <summary>Messages of a field and of its items or members, e.g. "DevicePools[1].DevicePoolId" or "RingSchedule.Entries" under their field.</summary>
    public IEnumerable<FieldError> ErrorsUnder(string field) =>
        (_saveTried || _touched.Contains(field))
            ? _errors.Where(e => e.Field == field || e.Field.StartsWith(field + "[", StringComparison.Ordinal) || e.Field.StartsWith(field + ".", StringComparison.Ordinal))
            : [];

    public async Task ChangedAsync(string field)
    {
        _unparsed.Remove(field);
        _touched.Add(field);
        _errors = validate is null ? await store.ValidateAsync(Model) : await validate(Model);
        stateChanged();
    }

    public async Task<SaveResult> SaveAsync()
    {
        _saveTried = true;
        if (_unparsed.Count > 0)
        {
            // What the user typed is not what the model holds: saving the model would store a value nobody typed.
            return SaveResult.Refused(Unparsed);
        }

        var result = save is null ? await store.SaveAsync(Model) : await save(Model);
        _errors = result.Errors;
        Findings = result.Findings;
        if (result.Succeeded)
        {
            _saveTried = false;
            _touched.Clear();
        }

        return result;
    }

    private List<FieldError> Unparsed => [.. _unparsed.Select(u => new FieldError(u.Key, u.Value))];
}
