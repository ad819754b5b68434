using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// One collection of <c>/api/v1</c> as the CRUD tests drive it: a minimal valid body over the demo data, the field a
/// search looks in (its key), one field a PUT and a PATCH change, and what must exist first (for a mobility identity,
/// its dual-mode device).
/// </summary>
public sealed record ApiCollectionCase(
    string Collection,
    string Key,
    string Body,
    string ChangedField,
    string ReplacedValue,
    string PatchedValue,
    params (string Collection, string Body)[] Setup)
{
    public JsonObject NewBody() => ApiRequests.Parse(Body);

    /// <summary>The key of the object <see cref="Body"/> adds.</summary>
    public string KeyValue => NewBody()[Key]!.GetValue<string>();

    /// <summary>The case name as the theory shows it: the collection, and what is special about it.</summary>
    public static IReadOnlyDictionary<string, ApiCollectionCase> All { get; } = new Dictionary<string, ApiCollectionCase>
    {
        ["sites"] = Described("sites", """{"name":"T_site","pstnAccessCode":"9","physicalLocationName":null}"""),
        ["physical-locations"] = Described("physical-locations", """{"name":"T_phyloc"}"""),
        ["device-mobility-groups"] = Described("device-mobility-groups", """{"name":"T_dmg"}"""),
        ["device-pools"] = new("device-pools", "name",
            """{"name":"T_DP","callManagerGroupName":"Default","dateTimeSettingName":"CMLocal","regionName":"Default","srstName":"Disable"}""",
            "regionName", "\"SJ_Region\"", "\"RTP_Region\""),
        ["device-mobility-info"] = new("device-mobility-info", "name",
            """{"name":"T_dmi","ipv4Subnet":"10.99.0.0","ipv4SubNetMaskSz":16,"devicePoolNames":["SJ_DP"]}""",
            "ipv4SubNetMaskSz", "24", "20"),
        ["phones"] = Described("phones", """{"name":"SEPAABBCCDDEEFF","product":"Cisco 8865","devicePoolName":"SJ_DP"}"""),
        ["directory-numbers"] = new("directory-numbers", "pattern", """{"pattern":"+14085550777","routePartitionName":"Internal_PT"}""",
            "description", "\"replaced\"", "\"patched\""),
        ["end-users"] = new("end-users", "userid", """{"userid":"tuser","lastName":"Test"}""", "firstName", "\"Replaced\"", "\"Patched\""),
        ["remote-destination-profiles"] = Described("remote-destination-profiles", """{"name":"KPATEL_RDP","userId":"kpatel","devicePoolName":"SJ_DP"}"""),
        ["remote-destinations"] = new("remote-destinations", "destination",
            """{"name":"Emma desk","destination":"+442077770999","ownerUserId":"ewilson","remoteDestinationProfileName":"EWILSON_RDP","ringSchedule":[{"startDay":"Mon","endDay":"Fri","startTime":"08:00","endTime":"18:00"}]}""",
            "name", "\"Emma replaced\"", "\"Emma patched\""),
        ["remote-destinations (mobility identity)"] = new("remote-destinations", "destination",
            """{"name":"Emma iPhone","destination":"+447700900999","ownerUserId":"ewilson","dualModeDeviceName":"TCTEWILSON","isMobilePhone":true,"mobilityProfileName":"US_DVOR_Profile"}""",
            "name", "\"Emma identity replaced\"", "\"Emma identity patched\"",
            ("phones", """{"name":"TCTEWILSON","product":"Cisco Dual Mode for iPhone","devicePoolName":"LON_DP","ownerUserName":"ewilson","emergencyNumbers":"999,112"}""")),
        ["access-lists"] = Described("access-lists", """{"name":"t_list","endUserIdName":"ewilson","members":[{"callerFilterMask":"Directory Number","dnMask":"408555XXXX"}]}"""),
        ["mobility-profiles"] = Described("mobility-profiles", """{"name":"T_Profile"}"""),
        ["unified-cm-groups"] = Described("unified-cm-groups", """{"name":"T_cmg"}"""),
        ["date-time-groups"] = Described("date-time-groups", """{"name":"T_dtg"}"""),
        ["regions"] = Described("regions", """{"name":"T_region"}"""),
        ["locations"] = Described("locations", """{"name":"T_loc"}"""),
        ["media-resource-group-lists"] = Described("media-resource-group-lists", """{"name":"T_mrgl"}"""),
        ["srst-references"] = Described("srst-references", """{"name":"T_srst"}"""),
        ["calling-search-spaces"] = Described("calling-search-spaces", """{"name":"T_css"}"""),
        ["route-partitions"] = Described("route-partitions", """{"name":"T_pt"}"""),
        ["aar-groups"] = Described("aar-groups", """{"name":"T_aar"}"""),
        ["local-route-groups"] = Described("local-route-groups", """{"name":"T_lrg"}"""),
        ["moh-audio-sources"] = Described("moh-audio-sources", """{"name":"T_moh"}"""),
        ["network-locales"] = Described("network-locales", """{"name":"T_locale"}"""),
    };

    public static TheoryData<string> Names { get; } = [.. All.Keys];

    private static ApiCollectionCase Described(string collection, string body) =>
        new(collection, "name", body, "description", "\"replaced\"", "\"patched\"");
}
