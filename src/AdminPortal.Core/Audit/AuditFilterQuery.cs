using System.Globalization;

namespace AdminPortal.Core.Audit;

/// <summary>
/// An <see cref="AuditFilter"/> in a query string, the same for the Audit Log page, its CSV export and
/// <c>GET /api/v1/audit</c>: <c>from</c> and <c>to</c> as ISO 8601 dates or times (UTC unless an offset is given),
/// <c>account</c>, <c>objectType</c>, <c>objectId</c>, <c>objectName</c>, <c>channel</c> and <c>action</c> by name.
/// </summary>
public static class AuditFilterQuery
{
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string AccountKey = "account";
    public const string ObjectTypeKey = "objectType";
    public const string ObjectIdKey = "objectId";
    public const string ObjectNameKey = "objectName";
    public const string ChannelKey = "channel";
    public const string ActionKey = "action";

    public static IReadOnlyList<string> Keys { get; } = [FromKey, ToKey, AccountKey, ObjectTypeKey, ObjectIdKey, ObjectNameKey, ChannelKey, ActionKey];

    /// <summary>Reads the filter; a value that does not parse adds its message to <paramref name="errors"/> under its key.</summary>
    public static AuditFilter Parse(Func<string, string?> value, IDictionary<string, string[]> errors)
    {
        string? Text(string key) => string.IsNullOrWhiteSpace(value(key)) ? null : value(key)!.Trim();

        return new AuditFilter
        {
            From = Time(FromKey),
            To = Time(ToKey),
            Account = Text(AccountKey),
            ObjectType = Text(ObjectTypeKey),
            ObjectId = Text(ObjectIdKey) is { } id
                ? int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : Refuse<int>(ObjectIdKey, "must be a whole number (an object's id).")
                : null,
            ObjectName = Text(ObjectNameKey),
            Channel = Named<ChangeChannel>(ChannelKey),
            Action = Named<AuditAction>(ActionKey),
        };

        DateTime? Time(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                ? time.UtcDateTime
                : Refuse<DateTime>(key, "must be an ISO 8601 date or time, such as 2026-12-01 or 2026-12-01T08:00:00Z.");
        }

        T? Named<T>(string key)
            where T : struct, Enum
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
                ? parsed
                : Refuse<T>(key, $"must be one of {string.Join(", ", Enum.GetNames<T>())}.");
        }

        T? Refuse<T>(string key, string message)
            where T : struct
        {
            errors[key] = [$"'{key}' {message}"];
            return null;
        }
    }

    /// <summary>The filter as a query string ("?from=…&amp;…"), empty for no filter.</summary>
    public static string ToQuery(AuditFilter filter)
    {
        var parts = new List<string>();
        Add(FromKey, filter.From?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Add(ToKey, filter.To?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Add(AccountKey, filter.Account);
        Add(ObjectTypeKey, filter.ObjectType);
        Add(ObjectIdKey, filter.ObjectId?.ToString(CultureInfo.InvariantCulture));
        Add(ObjectNameKey, filter.ObjectName);
        Add(ChannelKey, filter.Channel?.ToString());
        Add(ActionKey, filter.Action?.ToString());
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
    }
}
