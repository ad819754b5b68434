namespace AdminPortal.Web.Api;

/// <summary>
/// The answers routing gives under <c>/api/v1</c> before any API endpoint runs (no such address: 404; a method the
/// address does not have: 405; a body of a type no endpoint reads: 415) as RFC 9457 problem documents, like every
/// other answer of the API; the portal's pages keep their HTML Not Found page (re-executed, which for a script's
/// POST or PATCH would answer the page's own antiforgery or method error instead).
/// </summary>
public static class ApiStatusCodes
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiEndpoints.Base);

    /// <summary>Status code pages: problem documents for the API, the Not Found page for everything else.</summary>
    public static IApplicationBuilder UseStatusCodePagesByChannel(this IApplicationBuilder app, string notFoundPage) => app
        .UseWhen(IsApi, api => api.UseStatusCodePages(context => ProblemOf(context.HttpContext).ExecuteAsync(context.HttpContext)))
        .UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute(notFoundPage));

    private static IResult ProblemOf(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => ApiProblems.NotFound($"There is no {context.Request.Path} in the API; its addresses are in {ApiDocument.DocumentPath}."),
        StatusCodes.Status405MethodNotAllowed => ApiProblems.MethodNotAllowed(context.Response.Headers.Allow.ToString()),
        StatusCodes.Status415UnsupportedMediaType => ApiProblems.UnsupportedMediaType(
            HttpMethods.IsPatch(context.Request.Method) ? $"{AxlBody.MergePatchType} (or {AxlBody.JsonType})" : AxlBody.JsonType),
        var status => Results.Problem(statusCode: status),
    };
}
