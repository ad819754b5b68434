using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// One bad request: its method, its address (<c>{id}</c> stands for the id of <see cref="Existing"/>, sent with its
/// current ETag so that only the body is wrong), its content type and body, and the 4xx the API must answer.
/// </summary>
public sealed record BadInput(string Name, HttpStatusCode Status, string Method, string Path, string? ContentType, byte[]? Body, string? Existing = null)
{
    /// <summary>A body sent without Content-Length (chunked), to reach the size limit while reading.</summary>
    public bool Chunked { get; init; }
}

/// <summary>
/// The bad-input corpus, generated: malformed JSON, unknown fields, wrong types, huge strings and numbers, nulls and
/// gaps where a field is required, wrong enumeration spellings, unknown references, SQL- and HTML-looking text, wrong
/// content types, bodies over 1 MiB, bad query strings and addresses. Built from each collection's minimal valid body
/// (<see cref="ApiCollectionCase"/>), so every case differs from a request the API accepts by one mistake.
/// </summary>
public static class BadInputCorpus
{
    private const string Json = "application/json";
    private const string MergePatch = "application/merge-patch+json";

    /// <summary>The required fields of each collection's resource (the rest may be left out or null).</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["sites"] = ["name"],
        ["physical-locations"] = ["name"],
        ["regions"] = ["name"],
        ["device-pools"] = ["name", "callManagerGroupName", "dateTimeSettingName", "regionName", "srstName"],
        ["device-mobility-info"] = ["name", "devicePoolNames"],
        ["phones"] = ["name", "product", "devicePoolName"],
        ["directory-numbers"] = ["pattern"],
        ["end-users"] = ["userid", "lastName"],
        ["remote-destination-profiles"] = ["name", "userId", "devicePoolName"],
        ["remote-destinations"] = ["name", "destination", "ownerUserId"],
        ["access-lists"] = ["name", "endUserIdName"],
        ["mobility-profiles"] = ["name"],
    };

    /// <summary>Fields that name another object (an unknown name is a 422 under that field).</summary>
    private static readonly string[] References =
    [
        "physicalLocationName", "callManagerGroupName", "dateTimeSettingName", "regionName", "srstName", "devicePoolName",
        "routePartitionName", "userId", "ownerUserId", "remoteDestinationProfileName", "endUserIdName",
    ];

    private static readonly string[] Hostile =
    [
        "x'; DROP TABLE \"RemoteDestinations\"; --",
        "' OR '1'='1",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "%00\u0000null-byte",
    ];

    private static readonly string[] Malformed =
    [
        "", "{", "}", "{\"name\":}", "{\"name\":\"x\",}", "{'name':'x'}", "{name:\"x\"}", "[]", "[{\"name\":\"x\"}]", "null", "42", "\"text\"",
        "true", "{\"name\":\"x\"} {}", "{\"name\":\"x\" /* comment */}", "{\"name\":NaN}", "{\"name\":\"unterminated}", "{\"name\":\"x\",\"name\":\"y\"}",
        new string('[', 200) + new string(']', 200), "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 41),
    ];

    private static readonly string[] BadQueries =
    [
        "page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999", "pageSize=0", "pageSize=501", "pageSize=1e3",
        "match=like", "match=", "sort=bogus", "sort=--name", "sort=name;DROP TABLE Sites", "filter=name", "name=x&match=regex",
    ];

    public static IReadOnlyDictionary<string, BadInput> All { get; } = Build().ToDictionary(c => c.Name);

    public static TheoryData<string> Names { get; } = [.. All.Keys];

    private static IEnumerable<BadInput> Build()
    {
        foreach (var (collection, required) in Required)
        {
            var valid = ApiCollectionCase.All[collection].NewBody();
            var path = $"{ApiRequests.Base}/{collection}";
            BadInput Post(string what, HttpStatusCode status, JsonNode body) => new($"POST {collection}: {what}", status, "POST", path, Json, Bytes(body.ToJsonString()));

            yield return Post("unknown field", HttpStatusCode.BadRequest, With(valid, "colour", "red"));
            yield return Post("misspelt field (PascalCase)", HttpStatusCode.BadRequest, With(Without(valid, required[0]), char.ToUpperInvariant(required[0][0]) + required[0][1..], valid[required[0]]?.DeepClone()));
            foreach (var field in required)
            {
                yield return Post($"{field} null", HttpStatusCode.BadRequest, With(valid, field, null));
                yield return Post($"{field} missing", HttpStatusCode.BadRequest, Without(valid, field));
            }

            foreach (var (field, value) in valid.Where(f => f.Value is not null))
            {
                yield return Post($"{field} of the wrong type", HttpStatusCode.BadRequest, With(valid, field, WrongType(value!)));
                if (value is JsonValue text && text.TryGetValue<string>(out _))
                {
                    yield return Post($"{field} 100,000 characters", field == "product" ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity,
                        With(valid, field, new string('A', 100_000)));
                }
            }

            foreach (var field in valid.Select(f => f.Key).Where(References.Contains))
            {
                yield return Post($"{field} unknown", HttpStatusCode.UnprocessableEntity, With(valid, field, "No_Such_Object"));
                yield return Post($"{field} SQL-looking", HttpStatusCode.UnprocessableEntity, With(valid, field, Hostile[0]));
            }

            foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", MergePatch })
            {
                yield return new($"POST {collection}: content type {type}", HttpStatusCode.UnsupportedMediaType, "POST", path, type, Bytes(valid.ToJsonString()));
            }

            yield return new($"POST {collection}: no content type", HttpStatusCode.UnsupportedMediaType, "POST", path, null, Bytes(valid.ToJsonString()));
            yield return new($"POST {collection}: body over 1 MiB", HttpStatusCode.BadRequest, "POST", path, Json, Bytes(With(valid, "description", new string('x', (1 << 20) + 1)).ToJsonString()));
        }

        foreach (var collection in new[] { "sites", "device-pools", "remote-destinations", "end-users" })
        {
            var path = $"{ApiRequests.Base}/{collection}";
            foreach (var query in BadQueries)
            {
                yield return new($"GET {collection}?{query}", HttpStatusCode.BadRequest, "GET", $"{path}?{query}", null, null);
            }

            foreach (var (text, i) in Malformed.Select((m, i) => (m, i)))
            {
                yield return new($"POST {collection}: malformed JSON #{i} {Shorten(text)}", HttpStatusCode.BadRequest, "POST", path, Json, Bytes(text));
            }
        }

        foreach (var bytes in new byte[][] { [0xFF, 0xFE, 0x7B, 0x7D], [0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], [0x00, 0x00, 0x00] })
        {
            yield return new($"POST sites: not UTF-8 {Convert.ToHexString(bytes)}", HttpStatusCode.BadRequest, "POST", $"{ApiRequests.Base}/sites", Json, bytes);
        }

        yield return new("POST sites: chunked body over 1 MiB", HttpStatusCode.BadRequest, "POST", $"{ApiRequests.Base}/sites", Json,
            Bytes($"{{\"name\":\"big\",\"description\":\"{new string('x', (1 << 20) + 16)}\"}}")) { Chunked = true };
        yield return new("POST sites: 2 MiB of whitespace", HttpStatusCode.BadRequest, "POST", $"{ApiRequests.Base}/sites", Json, Bytes("{" + new string(' ', 2 << 20) + "}"));

        foreach (var c in UpdatesOfExisting())
        {
            yield return c;
        }

        foreach (var c in Spellings())
        {
            yield return c;
        }
    }

    private static IEnumerable<BadInput> UpdatesOfExisting()
    {
        var targets = new (string Collection, string Key, string Field, JsonNode? Wrong)[]
        {
            ("sites", "San Jose", "physicalLocationName", 7),
            ("device-pools", "SJ_DP", "regionName", new JsonArray()),
            ("remote-destinations", "+14085557890", "answerTooSoonTimer", "1500"),
            ("end-users", "jsmith", "enableMobility", "yes"),
            ("device-mobility-info", "SJ_data_dmi", "ipv4SubNetMaskSz", 16.5),
            ("phones", "SEP001122334455", "lines", "SEP"),
            ("access-lists", "jsmith_blocked", "members", new JsonObject()),
        };
        foreach (var (collection, key, field, wrong) in targets)
        {
            var path = $"{ApiRequests.Base}/{collection}/{{id}}";
            var existing = $"{collection}|{key}";
            var patch = new JsonObject { [field] = wrong?.DeepClone() };
            yield return new($"PATCH {collection}/{key}: {field} of the wrong type", HttpStatusCode.BadRequest, "PATCH", path, MergePatch, Bytes(patch.ToJsonString()), existing);
            yield return new($"PATCH {collection}/{key}: unknown field", HttpStatusCode.BadRequest, "PATCH", path, MergePatch, Bytes("""{"colour":"red"}"""), existing);
            yield return new($"PATCH {collection}/{key}: required field nulled", HttpStatusCode.BadRequest, "PATCH", path, MergePatch,
                Bytes(collection == "remote-destinations" ? """{"destination":null}""" : collection == "end-users" ? """{"userid":null}""" : """{"name":null}"""), existing);
            yield return new($"PATCH {collection}/{key}: an array", HttpStatusCode.BadRequest, "PATCH", path, MergePatch, Bytes("[]"), existing);
            yield return new($"PATCH {collection}/{key}: malformed", HttpStatusCode.BadRequest, "PATCH", path, MergePatch, Bytes("{\"name\":"), existing);
            yield return new($"PATCH {collection}/{key}: text/plain", HttpStatusCode.UnsupportedMediaType, "PATCH", path, "text/plain", Bytes("{}"), existing);
            yield return new($"PUT {collection}/{key}: only the field", HttpStatusCode.BadRequest, "PUT", path, Json, Bytes(new JsonObject { [field] = 1 }.ToJsonString()), existing);
            yield return new($"PUT {collection}/{key}: merge-patch type", HttpStatusCode.UnsupportedMediaType, "PUT", path, MergePatch, Bytes("{}"), existing);
            yield return new($"PUT {collection}/{key}: empty body", HttpStatusCode.BadRequest, "PUT", path, Json, Bytes(""), existing);
        }

        foreach (var address in new[] { "sites/abc", "sites/99999999999", "sites/-1", "no-such-collection", "sites/1/extra" })
        {
            yield return new($"GET {address}", HttpStatusCode.NotFound, "GET", $"{ApiRequests.Base}/{address}", null, null);
        }

        yield return new("POST cluster/mobility-settings (a singleton)", HttpStatusCode.MethodNotAllowed, "POST", $"{ApiRequests.Base}/cluster/mobility-settings", Json, Bytes("{}"));
        yield return new("DELETE cluster/mobility-settings (a singleton)", HttpStatusCode.MethodNotAllowed, "DELETE", $"{ApiRequests.Base}/cluster/mobility-settings", null, null);
    }

    private static IEnumerable<BadInput> Spellings()
    {
        var settings = $"{ApiRequests.Base}/cluster/mobility-settings";
        var cases = new (string Collection, string Field, JsonNode? Value)[]
        {
            ("phones", "product", "cisco 8865"), ("phones", "product", "CISCO 8865"), ("phones", "product", "CiscoIpPhone8865"), ("phones", "product", 2), ("phones", "product", Hostile[2]),
            ("phones", "deviceMobilityMode", "Enabled"), ("phones", "deviceMobilityMode", 1),
            ("remote-destination-profiles", "dndOption", "RingerOff"), ("remote-destination-profiles", "callInfoPrivacyStatus", "Public"),
            ("access-lists", "members", JsonNode.Parse("""[{"callerFilterMask":"DirectoryNumber","dnMask":"408555XXXX"}]""")),
            ("access-lists", "members", JsonNode.Parse("""[{"callerFilterMask":"Directory Number","dnMask":"408555XXXX","extra":1}]""")),
            ("remote-destinations", "singleNumberReachVoicemail", "TimerControl"), ("remote-destinations", "destination", Hostile[1]),
            ("remote-destinations", "destination", Hostile[3]), ("remote-destinations", "ringSchedule", JsonNode.Parse("""[{"startDay":"Monday","endDay":"Fri","startTime":"08:00","endTime":"18:00"}]""")),
            ("remote-destinations", "ringSchedule", JsonNode.Parse("""[{"startDay":"Mon","endDay":"Fri","startTime":"8am","endTime":"18:00"}]""")),
            ("remote-destinations", "timeZone", Hostile[4]), ("remote-destinations", "answerTooSoonTimer", JsonNode.Parse("1e400")),
            ("remote-destinations", "answerTooLateTimer", JsonNode.Parse("99999999999999999999")), ("remote-destinations", "delayBeforeRingingCell", -2147483649L),
            ("end-users", "remoteDestinationLimit", JsonNode.Parse("1.0")), ("end-users", "pin", 1234), ("end-users", "maxDeskPickupWaitTime", "10000"),
            ("device-mobility-info", "ipv4Subnet", "10.99.0.0/16"), ("device-mobility-info", "ipv4Subnet", Hostile[0]), ("device-mobility-info", "devicePoolNames", JsonNode.Parse("""["No_Such_DP"]""")),
            ("device-mobility-info", "ipv6Subnet", "2001:db8::"),
        };
        foreach (var (collection, field, value) in cases)
        {
            var body = With(ApiCollectionCase.All[collection].NewBody(), field, value);
            var status = value is JsonValue v && v.TryGetValue<string>(out _) && field is "destination" or "timeZone" or "ipv4Subnet" or "ipv6Subnet"
                || field is "devicePoolNames" || (field == "ringSchedule" && collection == "remote-destinations")
                ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.BadRequest;
            yield return new($"POST {collection}: {field} = {Shorten(Shown(value))}", status, "POST", $"{ApiRequests.Base}/{collection}", Json, Bytes(body.ToJsonString()));
        }

        foreach (var (field, value) in new (string, JsonNode?)[]
        {
            ("matchingCallerIdWithRemoteDestination", "PartialMatch"), ("matchingCallerIdWithRemoteDestination", "Partial"), ("deviceMobilityMode", "Enabled"),
            ("voicemailSelectionPolicy", 1), ("numberOfDigitsForCallerIdPartialMatch", "7"), ("enableMobileVoiceAccess", 1), ("remoteAccessSubnets", 10),
            ("enterpriseFeatureAccessCodeForHold", 81), ("colour", "red"),
        })
        {
            yield return new($"PATCH cluster/mobility-settings: {field} = {Shorten(Shown(value))}", HttpStatusCode.BadRequest, "PATCH", settings, MergePatch,
                Bytes(new JsonObject { [field] = value?.DeepClone() }.ToJsonString()), "cluster/mobility-settings|");
        }
    }

    private static JsonNode WrongType(JsonNode value) => value switch
    {
        JsonArray => "not a list",
        JsonObject => 1,
        JsonValue v when v.TryGetValue<string>(out _) => 12345,
        JsonValue v when v.TryGetValue<bool>(out _) => "true",
        _ => "16",
    };

    private static JsonObject With(JsonObject body, string field, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value?.DeepClone();
        return copy;
    }

    private static JsonObject Without(JsonObject body, string field)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static string Shown(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.Text();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Shorten(string text) => text.Length > 90 ? text[..90] + "…" : text;
}
