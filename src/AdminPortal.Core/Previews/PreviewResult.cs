using AdminPortal.Core.Data;

namespace AdminPortal.Core.Previews;

/// <summary>Makes a <see cref="PreviewResult{T}"/>.</summary>
public static class PreviewResult
{
    public static PreviewResult<T> Of<T>(T result)
        where T : class => new(result, []);

    public static PreviewResult<T> Invalid<T>(string field, string message)
        where T : class => new(null, [new FieldError(field, message)]);

    public static PreviewResult<T> Missing<T>(string field, string message)
        where T : class => new(null, [new FieldError(field, message)], IsNotFound: true);
}
