using AdminPortal.Core.Data;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The answer of a preview service: the result, or why there is none (made by <see cref="PreviewResult"/>). Each
/// error names the input it is about by its query-parameter name (<c>ip</c>, <c>phone</c>, <c>user</c>, <c>caller</c>,
/// ...), so an endpoint turns it into an RFC 9457 problem document and a page shows it next to the field.
/// <see cref="IsNotFound"/>: a named object (phone, pool, user) does not exist, which an endpoint answers with 404.
/// </summary>
public sealed record PreviewResult<T>(T? Result, IReadOnlyList<FieldError> Errors, bool IsNotFound = false)
    where T : class
{
    public bool Succeeded => Result is not null;
}
