using System.Security.Cryptography;

namespace AdminPortal.Web.Operations;

/// <summary>
/// The headers every response carries, set as the response starts so that none escapes them: pages, static files,
/// the CSV download, redirects, 404s, 429s, the error page (the exception handler clears headers set earlier).
/// The Content-Security-Policy is what Blazor Server and MudBlazor need and no more: scripts from the portal only
/// (plus the one import map, by a per-request nonce), MudBlazor's inline styles, the circuit's WebSocket to the
/// portal itself; no eval, no plugins, no framing (decision 009).
/// </summary>
public static class SecurityHeaders
{
    private const string NonceItem = "MobilityPortal.CspNonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Hex: letters and digits only, so the page carries it exactly as the header does (HTML encodes base64's + and /).
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // The id every log line of the request carries (the logging scope's RequestId), for people to quote.
            headers["X-Request-Id"] = context.TraceIdentifier;
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>The nonce this request's policy allows an inline script by (the import map); empty outside a request.</summary>
    public static string NonceOf(HttpContext? context) => context?.Items[NonceItem] as string ?? "";

    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
