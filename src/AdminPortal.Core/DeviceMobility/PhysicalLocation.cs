using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Where a device pool's devices physically are (SRND L333).</summary>
public sealed class PhysicalLocation : NamedEntity;
