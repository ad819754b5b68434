using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;

namespace AdminPortal.Web.Api;

/// <summary>
/// The API's refusals as RFC 9457 problem documents: <c>errors</c> keyed by JSON field, and for a design rule's refusal
/// a <c>rules</c> array with each rule's id, statement, guide line and field.
/// </summary>
public static class ApiProblems
{
    private const string TypeBase = "https://mobility-portal.example/problems/";

    /// <summary>400: the request itself is not what the API reads (JSON, fields, types, size, query).</summary>
    public static IResult BadRequest(string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        Problem(StatusCodes.Status400BadRequest, "bad-request", "The request is not valid", detail, errors);

    /// <summary>401: no credentials, or credentials that do not open the API (the caller adds WWW-Authenticate).</summary>
    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "unauthenticated", "Authentication required", detail);

    /// <summary>429: too many password attempts (HTTP Basic counts as one) from this address or for this user id.</summary>
    public static IResult TooManyAttempts(string detail) => Problem(StatusCodes.Status429TooManyRequests, "too-many-attempts", "Too many attempts", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "not-found", "No such object", detail);

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "forbidden", "Not allowed", detail);

    public static IResult PreconditionRequired() => Problem(StatusCodes.Status428PreconditionRequired, "if-match-required", "If-Match is required",
        "Send the object's ETag (from a GET) in If-Match, so that a change made meanwhile by someone else is not overwritten.");

    public static IResult PreconditionFailed(string detail) => Problem(StatusCodes.Status412PreconditionFailed, "stale", "The object changed", detail);

    /// <summary>405: the address exists, not with this method (<paramref name="allowed"/>: the Allow header's methods).</summary>
    public static IResult MethodNotAllowed(string allowed) => Problem(StatusCodes.Status405MethodNotAllowed, "method", "Method not allowed",
        string.IsNullOrEmpty(allowed) ? "This address does not take this method." : $"This address takes {allowed}.");

    public static IResult UnsupportedMediaType(string expected) => Problem(StatusCodes.Status415UnsupportedMediaType, "media-type", "Unsupported content type",
        $"Send the body as {expected}.");

    /// <summary>422: the values were refused by the field rules or the design rules (nothing was changed).</summary>
    public static IResult Unprocessable(IReadOnlyList<FieldError> refusals, string detail, object? more = null)
    {
        var errors = refusals.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var rules = refusals.Where(e => e.RuleId is not null).Select(e => (Error: e, Rule: DesignRules.Find(e.RuleId)!))
            .Select(r => new { id = r.Rule.Id, statement = r.Rule.Statement, source = r.Rule.Source, field = r.Error.Field })
            .DistinctBy(r => (r.id, r.field)).ToArray();
        var extensions = new Dictionary<string, object?> { ["rules"] = rules };
        if (more is not null)
        {
            extensions["dependents"] = more;
        }

        return Results.ValidationProblem(errors, detail, statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The change was refused", type: TypeBase + "refused", extensions: extensions);
    }

    private static IResult Problem(int status, string type, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        errors is { Count: > 0 }
            ? Results.ValidationProblem(errors, detail, statusCode: status, title: title, type: TypeBase + type)
            : Results.Problem(detail, statusCode: status, title: title, type: TypeBase + type);
}
