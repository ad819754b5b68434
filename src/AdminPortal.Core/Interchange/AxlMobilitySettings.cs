using System.Linq.Expressions;
using AdminPortal.Core.Cluster;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// The cluster's mobility service parameters and feature numbers (one object, <c>cluster/mobility-settings</c>),
/// named as the Service Parameters page labels them, in camelCase. A field left out of a write is its Unified CM default.
/// </summary>
public sealed record AxlMobilitySettings : IAxlResource<AxlMobilitySettings, ClusterMobilitySettings>
{
    private static readonly ClusterMobilitySettings Default = ClusterMobilitySettings.Defaults();

    public int Id { get; init; } = ClusterMobilitySettings.SingletonId;
    public CallerIdMatching MatchingCallerIdWithRemoteDestination { get; init; } = Default.MatchingCallerIdWithRemoteDestination;
    public int NumberOfDigitsForCallerIdPartialMatch { get; init; } = Default.PartialMatchDigits;
    public bool EnableMobileVoiceAccess { get; init; } = Default.EnableMobileVoiceAccess;
    public bool EnableEnterpriseFeatureAccess { get; init; } = Default.EnableEnterpriseFeatureAccess;
    public string SystemRemoteAccessBlockedNumbers { get; init; } = Default.SystemRemoteAccessBlockedNumbers;
    public bool RerouteRemoteDestinationCallsToEnterpriseNumber { get; init; } = Default.RerouteRemoteDestinationCallsToEnterpriseNumber;
    public bool RingAllSharedLines { get; init; } = Default.RingAllSharedLines;
    public bool IgnoreCallForwardAllOnEnterpriseDn { get; init; } = Default.IgnoreCallForwardAllOnEnterpriseDn;
    public int SessionHandoffAlertingTimer { get; init; } = Default.SessionHandoffAlertingTimerSeconds;
    public InboundCssForRemoteDestination InboundCallingSearchSpaceForRemoteDestination { get; init; } = Default.InboundCallingSearchSpaceForRemoteDestination;
    public ClusterVoicemailSelectionPolicy VoicemailSelectionPolicy { get; init; } = Default.VoicemailSelectionPolicy;
    public int ForwardNoAnswerTimer { get; init; } = Default.ForwardNoAnswerTimerSeconds;
    public SystemDeviceMobilityMode DeviceMobilityMode { get; init; } = Default.DeviceMobilityMode;
    public string EnterpriseFeatureAccessCodeForHold { get; init; } = Default.HoldCode;
    public string EnterpriseFeatureAccessCodeForExclusiveHold { get; init; } = Default.ExclusiveHoldCode;
    public string EnterpriseFeatureAccessCodeForResume { get; init; } = Default.ResumeCode;
    public string EnterpriseFeatureAccessCodeForTransfer { get; init; } = Default.TransferCode;
    public string EnterpriseFeatureAccessCodeForConference { get; init; } = Default.ConferenceCode;
    public string EnterpriseFeatureAccessCodeForSessionHandoff { get; init; } = Default.SessionHandoffCode;
    public string? MobileVoiceAccessNumber { get; init; }

    public string? EnterpriseFeatureAccessNumbers { get; init; }

    public string? HandoffNumber { get; init; }

    public string? RemoteAccessSubnets { get; init; }

    public static Expression<Func<ClusterMobilitySettings, string>> Key => s => "mobility-settings";

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>();

    public static IQueryable<ClusterMobilitySettings> Including(IQueryable<ClusterMobilitySettings> query) => query;

    public static AxlMobilitySettings From(ClusterMobilitySettings s) => new()
    {
        Id = s.Id,
        MatchingCallerIdWithRemoteDestination = s.MatchingCallerIdWithRemoteDestination,
        NumberOfDigitsForCallerIdPartialMatch = s.PartialMatchDigits,
        EnableMobileVoiceAccess = s.EnableMobileVoiceAccess,
        EnableEnterpriseFeatureAccess = s.EnableEnterpriseFeatureAccess,
        SystemRemoteAccessBlockedNumbers = s.SystemRemoteAccessBlockedNumbers,
        RerouteRemoteDestinationCallsToEnterpriseNumber = s.RerouteRemoteDestinationCallsToEnterpriseNumber,
        RingAllSharedLines = s.RingAllSharedLines,
        IgnoreCallForwardAllOnEnterpriseDn = s.IgnoreCallForwardAllOnEnterpriseDn,
        SessionHandoffAlertingTimer = s.SessionHandoffAlertingTimerSeconds,
        InboundCallingSearchSpaceForRemoteDestination = s.InboundCallingSearchSpaceForRemoteDestination,
        VoicemailSelectionPolicy = s.VoicemailSelectionPolicy,
        ForwardNoAnswerTimer = s.ForwardNoAnswerTimerSeconds,
        DeviceMobilityMode = s.DeviceMobilityMode,
        EnterpriseFeatureAccessCodeForHold = s.HoldCode,
        EnterpriseFeatureAccessCodeForExclusiveHold = s.ExclusiveHoldCode,
        EnterpriseFeatureAccessCodeForResume = s.ResumeCode,
        EnterpriseFeatureAccessCodeForTransfer = s.TransferCode,
        EnterpriseFeatureAccessCodeForConference = s.ConferenceCode,
        EnterpriseFeatureAccessCodeForSessionHandoff = s.SessionHandoffCode,
        MobileVoiceAccessNumber = s.MobileVoiceAccessNumber,
        EnterpriseFeatureAccessNumbers = s.EnterpriseFeatureAccessNumbers,
        HandoffNumber = s.HandoffNumber,
        RemoteAccessSubnets = s.RemoteAccessSubnets,
    };

    public Task<ClusterMobilitySettings> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => Task.FromResult(new ClusterMobilitySettings
    {
        Id = ClusterMobilitySettings.SingletonId,
        MatchingCallerIdWithRemoteDestination = MatchingCallerIdWithRemoteDestination,
        PartialMatchDigits = NumberOfDigitsForCallerIdPartialMatch,
        EnableMobileVoiceAccess = EnableMobileVoiceAccess,
        EnableEnterpriseFeatureAccess = EnableEnterpriseFeatureAccess,
        SystemRemoteAccessBlockedNumbers = SystemRemoteAccessBlockedNumbers,
        RerouteRemoteDestinationCallsToEnterpriseNumber = RerouteRemoteDestinationCallsToEnterpriseNumber,
        RingAllSharedLines = RingAllSharedLines,
        IgnoreCallForwardAllOnEnterpriseDn = IgnoreCallForwardAllOnEnterpriseDn,
        SessionHandoffAlertingTimerSeconds = SessionHandoffAlertingTimer,
        InboundCallingSearchSpaceForRemoteDestination = InboundCallingSearchSpaceForRemoteDestination,
        VoicemailSelectionPolicy = VoicemailSelectionPolicy,
        ForwardNoAnswerTimerSeconds = ForwardNoAnswerTimer,
        DeviceMobilityMode = DeviceMobilityMode,
        HoldCode = EnterpriseFeatureAccessCodeForHold,
        ExclusiveHoldCode = EnterpriseFeatureAccessCodeForExclusiveHold,
        ResumeCode = EnterpriseFeatureAccessCodeForResume,
        TransferCode = EnterpriseFeatureAccessCodeForTransfer,
        ConferenceCode = EnterpriseFeatureAccessCodeForConference,
        SessionHandoffCode = EnterpriseFeatureAccessCodeForSessionHandoff,
        MobileVoiceAccessNumber = MobileVoiceAccessNumber,
        EnterpriseFeatureAccessNumbers = EnterpriseFeatureAccessNumbers,
        HandoffNumber = HandoffNumber,
        RemoteAccessSubnets = RemoteAccessSubnets,
    });

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(ClusterMobilitySettings.MatchingCallerIdWithRemoteDestination)] = "matchingCallerIdWithRemoteDestination",
        [nameof(ClusterMobilitySettings.PartialMatchDigits)] = "numberOfDigitsForCallerIdPartialMatch",
        [nameof(ClusterMobilitySettings.EnableMobileVoiceAccess)] = "enableMobileVoiceAccess",
        [nameof(ClusterMobilitySettings.EnableEnterpriseFeatureAccess)] = "enableEnterpriseFeatureAccess",
        [nameof(ClusterMobilitySettings.SystemRemoteAccessBlockedNumbers)] = "systemRemoteAccessBlockedNumbers",
        [nameof(ClusterMobilitySettings.RerouteRemoteDestinationCallsToEnterpriseNumber)] = "rerouteRemoteDestinationCallsToEnterpriseNumber",
        [nameof(ClusterMobilitySettings.RingAllSharedLines)] = "ringAllSharedLines",
        [nameof(ClusterMobilitySettings.IgnoreCallForwardAllOnEnterpriseDn)] = "ignoreCallForwardAllOnEnterpriseDn",
        [nameof(ClusterMobilitySettings.SessionHandoffAlertingTimerSeconds)] = "sessionHandoffAlertingTimer",
        [nameof(ClusterMobilitySettings.InboundCallingSearchSpaceForRemoteDestination)] = "inboundCallingSearchSpaceForRemoteDestination",
        [nameof(ClusterMobilitySettings.VoicemailSelectionPolicy)] = "voicemailSelectionPolicy",
        [nameof(ClusterMobilitySettings.ForwardNoAnswerTimerSeconds)] = "forwardNoAnswerTimer",
        [nameof(ClusterMobilitySettings.DeviceMobilityMode)] = "deviceMobilityMode",
        [nameof(ClusterMobilitySettings.HoldCode)] = "enterpriseFeatureAccessCodeForHold",
        [nameof(ClusterMobilitySettings.ExclusiveHoldCode)] = "enterpriseFeatureAccessCodeForExclusiveHold",
        [nameof(ClusterMobilitySettings.ResumeCode)] = "enterpriseFeatureAccessCodeForResume",
        [nameof(ClusterMobilitySettings.TransferCode)] = "enterpriseFeatureAccessCodeForTransfer",
        [nameof(ClusterMobilitySettings.ConferenceCode)] = "enterpriseFeatureAccessCodeForConference",
        [nameof(ClusterMobilitySettings.SessionHandoffCode)] = "enterpriseFeatureAccessCodeForSessionHandoff",
        [nameof(ClusterMobilitySettings.MobileVoiceAccessNumber)] = "mobileVoiceAccessNumber",
        [nameof(ClusterMobilitySettings.EnterpriseFeatureAccessNumbers)] = "enterpriseFeatureAccessNumbers",
        [nameof(ClusterMobilitySettings.HandoffNumber)] = "handoffNumber",
        [nameof(ClusterMobilitySettings.RemoteAccessSubnets)] = "remoteAccessSubnets",
    };
}
