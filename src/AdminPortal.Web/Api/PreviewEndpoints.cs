using System.Globalization;
using System.Security.Claims;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Previews;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Web.Api;

/// <summary>
/// The previews over HTTP (issue 13): <c>/api/v1/tools/device-mobility</c>, <c>/api/v1/tools/ring-preview</c> and
/// <c>/api/v1/tools/caller-id</c> for administrators (the API's read policy), and <c>/api/v1/me/ring-preview</c> for
/// an end user, always about themself. Thin: each reads its query, calls the preview service the pages call and
/// writes the JSON shape; a bad input is a 400 problem document with the error keyed by its query
/// parameter, an unknown phone, pool or user a 404.
/// </summary>
public static class PreviewEndpoints
{
    public const string Tools = ApiEndpoints.Base + "/tools";
    public const string MyRingPreview = ApiEndpoints.Base + "/me/ring-preview";

    public static IEndpointRouteBuilder MapPreviewApi(this IEndpointRouteBuilder app)
    {
        var tools = app.MapGroup(Tools).RequireAuthorization(ApiPolicies.Read).WithTags("Mobility Tools");
        tools.MapGet("/device-mobility", DeviceMobilityAsync).WithName("preview-device-mobility")
            .WithSummary("Where a phone (or a home pool and mode) at an IP address lands, and the settings it gets")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        tools.MapGet("/ring-preview", RingPreviewAsync).WithName("preview-ring")
            .WithSummary("Who rings for a call to a user at a time, why, and when")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        tools.MapGet("/caller-id", CallerIdAsync).WithName("preview-caller-id")
            .WithSummary("Which remote destination, and so which user, an incoming calling number matches")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet(MyRingPreview, MyRingPreviewAsync).RequireAuthorization(ApiPolicies.Me).WithTags("Mobility Tools")
            .WithName("preview-my-ring").WithSummary("Which of my own phones ring for a caller at a time")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> DeviceMobilityAsync(
        string? phone, string? devicePool, string? mode, string? ip, DeviceMobilityPreviewService previews, CancellationToken cancellation)
    {
        PreviewResult<DeviceMobilityPreview> result;
        if (!string.IsNullOrWhiteSpace(phone) && (devicePool is not null || mode is not null))
        {
            return Invalid("phone", "Give either phone, or devicePool and mode, not both.");
        }

        if (!string.IsNullOrWhiteSpace(phone))
        {
            result = await previews.ForPhoneAsync(phone, ip, cancellation);
        }
        else if (devicePool is null)
        {
            return Invalid("phone", "Give phone=NAME, or devicePool=NAME and mode=On|Off|Default.");
        }
        else if (!TryMode(mode, out var parsed))
        {
            return Invalid("mode", "mode is On, Off or Default.");
        }
        else
        {
            result = await previews.ForPoolAsync(devicePool, parsed, ip, cancellation);
        }

        return Answer(result, p => new
        {
            ip = p.Ip,
            matchedDeviceMobilityInfo = p.MatchedDeviceMobilityInfo,
            containing = p.Containing,
            outcome = p.Outcome,
            homeDevicePool = p.HomeDevicePool,
            roamingDevicePool = p.RoamingDevicePool,
            candidatePools = p.CandidatePools,
            settings = p.Settings.Select(s => new { name = s.Name, home = s.Home, effective = s.Effective, source = s.Source }),
            explanation = p.Explanation,
            note = p.Note,
        });
    }

    private static async Task<IResult> RingPreviewAsync(
        string? user, string? caller, string? at, string? zone, string? registered, string? activeCalls, RingPreviewService previews, CancellationToken cancellation)
    {
        if (!TryCount(activeCalls, out var calls))
        {
            return Invalid("activeCalls", "activeCalls is a whole number of Single Number Reach calls in progress (0 or more).");
        }

        var request = new RingPreviewRequest(user, caller, at, zone, registered?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), calls, HeatMap: false);
        return Answer(await previews.PreviewAsync(request, cancellation), Ring);
    }

    private static async Task<IResult> MyRingPreviewAsync(
        string? caller, string? at, string? zone, ClaimsPrincipal principal, Core.SelfCare.SelfCareService selfCare, CancellationToken cancellation)
    {
        if (MeEndpoints.OwnerOf(principal) is not int owner)
        {
            return ApiProblems.Forbidden("Your account is not linked to an End User.");
        }

        return Answer(await selfCare.RingPreviewAsync(owner, new RingPreviewRequest(Caller: caller, At: at, TimeZone: zone, HeatMap: false), cancellation), Ring);
    }

    private static async Task<IResult> CallerIdAsync(string? number, string? matching, string? digits, CallerIdMatchService matches, CancellationToken cancellation)
    {
        CallerIdMatching? setting = null;
        if (matching is not null)
        {
            if (!TryMatching(matching, out var parsed))
            {
                return Invalid("matching", "matching is Complete or Partial.");
            }

            setting = parsed;
        }

        int? n = null;
        if (digits is not null)
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Invalid("digits", "digits is a whole number of digits for Partial Match.");
            }

            n = parsed;
        }

        return Answer(await matches.MatchAsync(number, setting, n, cancellation), m => new
        {
            number = m.Number,
            matching = m.Matching == CallerIdMatching.CompleteMatch ? "Complete" : "Partial",
            digits = m.Digits,
            outcome = m.Outcome,
            match = m.Match is { } match ? Candidate(match) : null,
            candidates = m.Candidates.Select(Candidate),
            moreCandidates = m.MoreCandidates,
            isClusterSetting = m.IsClusterSetting,
            explanation = m.Explanation,
        });
    }

    private static object Ring(RingPreview preview) => new
    {
        destinations = preview.Destinations.Select(d => new
        {
            kind = d.Kind,
            name = d.Name,
            destination = d.Destination,
            rings = d.Rings,
            reason = d.Reason.ToString(),
            explanation = d.Explanation,
            ringStartMs = d.RingStartMs,
            ringStopMs = d.RingStopMs,
            answerFromMs = d.AnswerFromMs,
        }),
        ds0 = preview.Ds0,
        user = preview.UserId,
        caller = preview.Caller,
        at = preview.At,
        timeZone = preview.TimeZone,
        forwardNoAnswerMs = preview.ForwardNoAnswerMs,
        ds0Explanation = preview.Ds0Explanation,
    };

    private static object Candidate(CallerIdCandidate c) => new
    {
        destination = c.Destination,
        name = c.Name,
        ownerUserId = c.OwnerUserId,
        enterpriseNumber = c.EnterpriseNumber,
        isMobilityIdentity = c.IsMobilityIdentity,
    };

    private static IResult Answer<T>(PreviewResult<T> result, Func<T, object> shape)
        where T : class
    {
        if (result.Result is { } found)
        {
            return Results.Json(shape(found), ApiJson.Options);
        }

        var detail = string.Join(" ", result.Errors.Select(e => e.Message));
        return result.IsNotFound ? ApiProblems.NotFound(detail) : ApiProblems.BadRequest(detail, Errors(result.Errors));
    }

    private static IResult Invalid(string field, string message) => ApiProblems.BadRequest(message, Errors([new FieldError(field, message)]));

    private static Dictionary<string, string[]> Errors(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    private static bool TryMode(string? text, out DeviceMobilityMode mode)
    {
        mode = default;
        return text is not null && !text.Trim().Any(char.IsAsciiDigit) && Enum.TryParse(text.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(mode);
    }

    private static bool TryMatching(string text, out CallerIdMatching matching)
    {
        var partial = string.Equals(text.Trim(), "Partial", StringComparison.OrdinalIgnoreCase);
        matching = partial ? CallerIdMatching.PartialMatch : CallerIdMatching.CompleteMatch;
        return partial || string.Equals(text.Trim(), "Complete", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryCount(string? text, out int count)
    {
        count = 0;
        return string.IsNullOrWhiteSpace(text) || int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
