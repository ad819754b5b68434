using System.Net;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace AdminPortal.Web.Operations;

/// <summary>
/// What a visitor sees when a request fails outside Development: a plain page in the portal's colours with the
/// request id to quote, never a stack trace. A database that cannot be reached is said so, with 503.
/// </summary>
public static class ErrorPage
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var unreachable = DatabaseFailure.IsUnreachable(error);
        if (unreachable)
        {
            PortalDatabase.ClearPools();
        }

        context.Response.StatusCode = unreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = unreachable ? "Database unavailable" : "Something went wrong";
        var text = unreachable ? DatabaseFailure.Message : "The portal could not complete this request. It was logged; nothing was saved.";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{{title}}</title>
            <style>body{font-family:Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1d2433}header{background:#0d5177;color:#fff;padding:14px 24px;font-size:20px}
            main{padding:24px;max-width:760px}p{line-height:1.5}code{background:#eef1f5;padding:2px 6px;border-radius:4px}</style></head>
            <body><header>Cisco Unified CM Administration · Mobility</header><main data-test="error-page">
            <h1>{{title}}</h1><p>{{WebUtility.HtmlEncode(text)}}</p>
            <p>Request id: <code>{{WebUtility.HtmlEncode(context.TraceIdentifier)}}</code></p>
            <p><a href="{{WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path)}}">Try again</a> · <a href="/ccmadmin">Overview</a></p>
            </main></body></html>
            """);
    }
}
