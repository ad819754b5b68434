using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>
/// The design guide's own example (SRND Figure 21-6 and the Single Number Reach figures): sites San Jose, RTP and
/// London, their physical locations and device mobility groups, device pools, subnets, and a few mobility users.
/// </summary>
public static class DemoData
{
    /// <summary>Seeds when the configuration is empty; returns false (and changes nothing) otherwise.</summary>
    public static async Task<bool> SeedAsync(PortalDbContext db, CancellationToken cancellation = default)
    {
        if (await db.Sites.AnyAsync(cancellation) || await db.DevicePools.AnyAsync(cancellation) || await db.EndUsers.AnyAsync(cancellation))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);

        var cmGroups = Named<UnifiedCmGroup>(db, "Default", "US_CMGroup", "EU_CMGroup");
        var dateTime = Named<DateTimeGroup>(db, "CMLocal", "America-Los_Angeles", "America-New_York", "Europe-London");
        var regions = Named<Region>(db, "Default", "SJ_Region", "RTP_Region", "LON_Region", "VPN_Region");
        var locations = Named<Location>(db, "Hub_None", "SJ_Loc", "RTP_Loc", "LON_Loc", "Phantom");
        var mrgls = Named<MediaResourceGroupList>(db, "SJ_MRGL", "RTP_MRGL", "LON_MRGL");
        var srst = Named<SrstReference>(db, "Disable", "Use Default Gateway", "SJ_SRST", "RTP_SRST", "LON_SRST");
        var css = Named<CallingSearchSpace>(db, "Internal_CSS", "SJ_DevMob_CSS", "RTP_DevMob_CSS", "LON_DevMob_CSS",
            "US_AAR_CSS", "EU_AAR_CSS", "US_CgPN_Xform_CSS", "EU_CgPN_Xform_CSS", "Emergency_Only_CSS", "Reroute_CSS");
        var partitions = Named<Partition>(db, "Internal_PT", "Emergency_PT", "US_PSTN_PT", "EU_PSTN_PT");
        var aarGroups = Named<AarGroup>(db, "US_AAR", "EU_AAR");
        var routeGroups = Named<LocalRouteGroup>(db, "SJ_LRG", "RTP_LRG", "LON_LRG");
        var moh = Named<MohAudioSource>(db, "SampleAudioSource", "Corporate_MoH");
        var locales = Named<NetworkLocale>(db, "United States", "United Kingdom");

        var phylocs = Named<PhysicalLocation>(db, "SJ_phyloc", "RTP_phyloc", "LON_phyloc");
        phylocs["SJ_phyloc"].Description = "San Jose campus";
        phylocs["RTP_phyloc"].Description = "Research Triangle Park campus";
        phylocs["LON_phyloc"].Description = "London office";
        var groups = Named<DeviceMobilityGroup>(db, "US_dmg", "EUR_dmg");
        groups["US_dmg"].Description = "US sites: same dialing habits";
        groups["EUR_dmg"].Description = "European sites";

        Site SiteOf(string name, string phyloc, string description) =>
            db.Sites.Add(new Site { Name = name, Description = description, PstnAccessCode = "9", PhysicalLocation = phylocs[phyloc] }).Entity;
        var sanJose = SiteOf("San Jose", "SJ_phyloc", "Headquarters, US West");
        var rtp = SiteOf("RTP", "RTP_phyloc", "US East campus");
        var london = SiteOf("London", "LON_phyloc", "European hub");

        DevicePool PoolOf(string name, Site site, string prefix, string dmg, string tz, string locale, string aar, string us) =>
            db.DevicePools.Add(new DevicePool
            {
                Name = name,
                Site = site,
                UnifiedCmGroup = cmGroups[us == "US" ? "US_CMGroup" : "EU_CMGroup"],
                DateTimeGroup = dateTime[tz],
                Region = regions[$"{prefix}_Region"],
                MediaResourceGroupList = mrgls[$"{prefix}_MRGL"],
                Location = locations[$"{prefix}_Loc"],
                NetworkLocale = locales[locale],
                SrstReference = srst[$"{prefix}_SRST"],
                PhysicalLocation = phylocs[$"{prefix}_phyloc"],
                DeviceMobilityGroup = groups[dmg],
                DeviceMobilityCss = css[$"{prefix}_DevMob_CSS"],
                AarCss = css[$"{aar}_AAR_CSS"],
                AarGroup = aarGroups[$"{aar}_AAR"],
                CallingPartyTransformationCss = css[$"{aar}_CgPN_Xform_CSS"],
                LocalRouteGroup = routeGroups[$"{prefix}_LRG"],
            }).Entity;
        var sjPool = PoolOf("SJ_DP", sanJose, "SJ", "US_dmg", "America-Los_Angeles", "United States", "US", "US");
        var rtpPool = PoolOf("RTP_DP", rtp, "RTP", "US_dmg", "America-New_York", "United States", "US", "US");
        var lonPool = PoolOf("LON_DP", london, "LON", "EUR_dmg", "Europe-London", "United Kingdom", "EU", "EU");

        void Subnet(string name, string subnet, int mask, params DevicePool[] pools) =>
            db.DeviceMobilityInfos.Add(new DeviceMobilityInfo
            {
                Name = name,
                Subnet = subnet,
                SubnetMaskSize = mask,
                DevicePools = pools.Select((p, i) => new DeviceMobilityInfoDevicePool { DevicePool = p, SortOrder = i }).ToList(),
            });
        Subnet("SJ_data_dmi", "10.10.0.0", 16, sjPool);
        Subnet("SJ_voice_dmi", "10.11.0.0", 16, sjPool);
        Subnet("RTP_dmi", "10.20.0.0", 16, rtpPool);
        Subnet("LON_dmi", "10.30.0.0", 16, lonPool);
        Subnet("LON_ipv6_dmi", "2001:db8:30::", 48, lonPool);
        // SRND L489: VPN-attached phones get a DMI for the concentrators' subnet, with the pool co-located with them.
        Subnet("VPN_concentrator_dmi", "172.16.100.0", 24, sjPool);

        var internalPt = partitions["Internal_PT"];
        DirectoryNumber Dn(string pattern, string description) =>
            db.DirectoryNumbers.Add(new DirectoryNumber { Pattern = pattern, Partition = internalPt, Description = description }).Entity;

        var profile = db.MobilityProfiles.Add(new MobilityProfile
        {
            Name = "US_DVOR_Profile",
            Description = "Dial via Office Reverse for US Jabber users",
        }).Entity;

        EndUser User(string userId, string first, string last, bool mobility, int limit = EndUser.DefaultRemoteDestinationLimit) =>
            db.EndUsers.Add(new EndUser
            {
                UserId = userId,
                FirstName = first,
                LastName = last,
                MailId = $"{userId}@example.com",
                Pin = "24680",
                EnableMobility = mobility,
                EnableMobileVoiceAccess = mobility,
                RemoteDestinationLimit = limit,
            }).Entity;

        Phone DeskPhone(string name, DeviceType type, DevicePool pool, EndUser owner, DirectoryNumber dn) =>
            db.Phones.Add(new Phone
            {
                Name = name,
                Description = $"{owner.FirstName} {owner.LastName} desk phone",
                DeviceType = type,
                DevicePool = pool,
                DeviceMobilityMode = DeviceMobilityMode.On,
                Owner = owner,
                Lines = [new PhoneLine { DirectoryNumber = dn, LineIndex = 1 }],
            }).Entity;

        RemoteDestinationProfile Rdp(EndUser user, DevicePool pool, DirectoryNumber dn) =>
            db.RemoteDestinationProfiles.Add(new RemoteDestinationProfile
            {
                Name = $"{user.UserId.ToUpperInvariant()}_RDP",
                Description = $"Remote destination profile of {user.FirstName} {user.LastName}",
                User = user,
                DevicePool = pool,
                CallingSearchSpace = css["Internal_CSS"],
                ReroutingCallingSearchSpace = css["Reroute_CSS"],
                UserHoldMohAudioSource = moh["Corporate_MoH"],
                NetworkHoldMohAudioSource = moh["SampleAudioSource"],
                Lines = [new RemoteDestinationProfileLine { DirectoryNumber = dn, LineIndex = 1 }],
            }).Entity;

        RemoteDestination Destination(string name, string number, EndUser owner, RemoteDestinationProfile rdp, DirectoryNumber dn, bool mobile, string timeZone, RingSchedule? schedule = null) =>
            db.RemoteDestinations.Add(new RemoteDestination
            {
                Name = name,
                DestinationNumber = number,
                Owner = owner,
                RemoteDestinationProfile = rdp,
                IsMobilePhone = mobile,
                TimeZone = timeZone,
                Lines = [new RemoteDestinationLine { DirectoryNumber = dn }],
                RingSchedule = schedule ?? new RingSchedule { AllTheTime = true },
            }).Entity;

        // A user's primary device is set once both exist: user and phone refer to each other.
        var primaryDevices = new List<(EndUser User, Phone Phone)>();

        // SRND Figure 21-18: desk phone 408 555-1234, remote destination 408 555-7890.
        var jsmith = User("jsmith", "John", "Smith", mobility: true);
        var jsmithDn = Dn("+14085551234", "John Smith");
        var jsmithPhone = DeskPhone("SEP001122334455", DeviceType.CiscoIpPhone8865, sjPool, jsmith, jsmithDn);
        primaryDevices.Add((jsmith, jsmithPhone));
        var jsmithRdp = Rdp(jsmith, sjPool, jsmithDn);
        var weekdays = new RingSchedule
        {
            AllTheTime = false,
            Entries = [.. Weekdays().Select(day => new RingScheduleEntry { Day = day, Kind = RingScheduleEntryKind.FromTo, StartMinute = 8 * 60, EndMinute = 18 * 60 })],
        };
        var jsmithMobile = Destination("John mobile", "+14085557890", jsmith, jsmithRdp, jsmithDn, mobile: true, "America/Los_Angeles", weekdays);
        var blocked = db.AccessLists.Add(new AccessList
        {
            Name = "jsmith_blocked",
            Description = "Callers John does not take on his mobile",
            Owner = jsmith,
            IsAllowedType = false,
            Members =
            [
                new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = "+1900XXXXXXX" },
                new AccessListMember { FilterType = AccessListFilterType.Private },
            ],
        }).Entity;
        jsmithMobile.CallerFilter = CallerFilterMode.DoNotRingIfCallerInBlockedList;
        jsmithMobile.AccessList = blocked;

        var mgarcia = User("mgarcia", "Maria", "Garcia", mobility: true);
        var mgarciaDn = Dn("+19195552001", "Maria Garcia");
        primaryDevices.Add((mgarcia, DeskPhone("SEP00AABBCCDDEE", DeviceType.CiscoIpPhone8845, rtpPool, mgarcia, mgarciaDn)));
        var mgarciaRdp = Rdp(mgarcia, rtpPool, mgarciaDn);
        Destination("Maria mobile", "+19195558001", mgarcia, mgarciaRdp, mgarciaDn, mobile: true, "America/New_York");
        var home = Destination("Maria home", "+19195553002", mgarcia, mgarciaRdp, mgarciaDn, mobile: false, "America/New_York");
        var family = db.AccessLists.Add(new AccessList
        {
            Name = "mgarcia_family",
            Description = "Only family reaches the home phone",
            Owner = mgarcia,
            IsAllowedType = true,
            Members = [new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = "+1919555XXXX" }],
        }).Entity;
        home.CallerFilter = CallerFilterMode.RingOnlyIfCallerInAllowedList;
        home.AccessList = family;

        var ewilson = User("ewilson", "Emma", "Wilson", mobility: true);
        var ewilsonDn = Dn("+442077770101", "Emma Wilson");
        primaryDevices.Add((ewilson, DeskPhone("SEP0050569A0B0C", DeviceType.CiscoIpPhone7841, lonPool, ewilson, ewilsonDn)));
        var ewilsonRdp = Rdp(ewilson, lonPool, ewilsonDn);
        Destination("Emma mobile", "+447700900123", ewilson, ewilsonRdp, ewilsonDn, mobile: true, "Europe/London");

        // A Jabber dual-mode user: the smartphone's mobility identity is its mobile number (SRND L1916).
        var bchen = User("bchen", "Bo", "Chen", mobility: true);
        var bchenDn = Dn("+14085554321", "Bo Chen");
        primaryDevices.Add((bchen, DeskPhone("SEP0011AABB2233", DeviceType.CiscoIpPhone8865, sjPool, bchen, bchenDn)));
        var iphone = db.Phones.Add(new Phone
        {
            Name = "TCTBCHEN",
            Description = "Bo Chen Jabber for iPhone",
            DeviceType = DeviceType.CiscoDualModeForIPhone,
            DevicePool = sjPool,
            DeviceMobilityMode = DeviceMobilityMode.Default,
            Owner = bchen,
            EmergencyNumbers = "911",
            Lines = [new PhoneLine { DirectoryNumber = bchenDn, LineIndex = 1 }],
        }).Entity;
        db.RemoteDestinations.Add(new RemoteDestination
        {
            Name = "Bo iPhone",
            DestinationNumber = "+14085559012",
            Owner = bchen,
            DualModeDevice = iphone,
            IsMobilePhone = true,
            MobilityProfile = profile,
            TimeZone = "America/Los_Angeles",
            RingSchedule = new RingSchedule { AllTheTime = true },
        });

        User("kpatel", "Kiran", "Patel", mobility: false);

        var settings = await db.ClusterMobilitySettings.SingleAsync(cancellation);
        settings.EnableMobileVoiceAccess = true;
        settings.EnableEnterpriseFeatureAccess = true;
        settings.MobileVoiceAccessNumber = "+14085552345";
        settings.EnterpriseFeatureAccessNumbers = "+14085552345";
        settings.HandoffNumber = "+14085552346";
        settings.SystemRemoteAccessBlockedNumbers = "9911,911";
        // SRND L489, L609: the VPN concentrators' subnet, which VPN_concentrator_dmi covers (W10).
        settings.RemoteAccessSubnets = "172.16.100.0/24";

        await db.SaveChangesAsync(cancellation);
        foreach (var (user, phone) in primaryDevices)
        {
            user.PrimaryDevice = phone;
        }

        await db.SaveChangesAsync(cancellation);
        await ClusterGuard.ReconcileAsync(db, cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    private static IEnumerable<DayOfWeek> Weekdays() =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static Dictionary<string, T> Named<T>(PortalDbContext db, params string[] names)
        where T : Common.NamedEntity, new()
    {
        var rows = names.ToDictionary(n => n, n => new T { Name = n });
        db.Set<T>().AddRange(rows.Values);
        return rows;
    }
}
