using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Sites with the same dialing habits, e.g. US_dmg, EUR_dmg (SRND L332, L398).</summary>
public sealed class DeviceMobilityGroup : NamedEntity;
