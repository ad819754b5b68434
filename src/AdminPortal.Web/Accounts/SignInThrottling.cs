using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// ASP.NET Core's rate limiter on password attempts, per client address and per submitted user id
/// (<see cref="SignInLimits"/>): the sign-in form's POST and every API request with HTTP Basic credentials share the
/// same budgets (decision 011); every other request (an API token too) passes untouched. A refused attempt is 429
/// with Retry-After (a problem document on the API).
/// </summary>
public static class SignInThrottling
{
    /// <summary>The sign-in form's user id field (the page's <c>Input.UserName</c>).</summary>
    public const string UserNameField = "Input.UserName";

    public const string RefusedMessage = "Too many sign-in attempts from this address or for this user ID. Wait a minute, then try again.";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services)
    {
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"address:{context.Connection.RemoteIpAddress}", _ => PerWindow(Limits(context).AttemptsPerAddressPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"user:{UserNameOf(context)}", _ => PerWindow(Limits(context).AttemptsPerUserPerMinute))
                    : RateLimitPartition.GetNoLimiter("")));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancellation) =>
            {
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                if (Api.ApiAuthentication.IsApiRequest(rejected.HttpContext))
                {
                    return new ValueTask(Api.ApiProblems.TooManyAttempts(RefusedMessage).ExecuteAsync(rejected.HttpContext));
                }

                response.ContentType = "text/html; charset=utf-8";
                return new ValueTask(response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" /><title>Sign in</title></head><body><p data-test=\"signin-throttled\">{WebUtility.HtmlEncode(RefusedMessage)}</p>" +
                    $"<p><a href=\"{PortalAccounts.SignInPath}\">Back to sign-in</a></p></body></html>", cancellation));
            };
        });
        return services;
    }

    /// <summary>
    /// Reads the sign-in form before the limiter (its partition needs the user id; the limiter cannot wait for the
    /// body), then limits. The form stays buffered for the page, which reads it again.
    /// </summary>
    public static IApplicationBuilder UseSignInThrottling(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignInPost(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>The sign-in form's POST, or an API request carrying HTTP Basic credentials (each checks a password).</summary>
    private static bool IsPasswordAttempt(HttpContext context) =>
        IsSignInPost(context) || (Api.ApiAuthentication.IsApiRequest(context) && Api.ApiAuthentication.BasicUserOf(context.Request) is not null);

    private static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(PortalAccounts.SignInPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The submitted user id as Identity compares it (case-insensitive), cut short so that long names cannot grow the partitions.</summary>
    private static string UserNameOf(HttpContext context)
    {
        var name = (IsSignInPost(context) && context.Request.HasFormContentType ? context.Request.Form[UserNameField].ToString()
            : Api.ApiAuthentication.BasicUserOf(context.Request) ?? "").Trim();
        return (name.Length > 256 ? name[..256] : name).ToUpperInvariant();
    }

    private static SignInLimits Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value;

    private static FixedWindowRateLimiterOptions PerWindow(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
