using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

// The name-only lookup tables a device pool, a phone or a profile refers to (reference section 1:
// "name-only lookup tables in this portal"). Each is its own table so that a reference can only
// point at the right kind of object.

/// <summary>Cisco Unified CM Group.</summary>
public sealed class UnifiedCmGroup : NamedEntity;

/// <summary>Date/Time Group.</summary>
public sealed class DateTimeGroup : NamedEntity;

/// <summary>Region.</summary>
public sealed class Region : NamedEntity;

/// <summary>Location (call admission control).</summary>
public sealed class Location : NamedEntity;

/// <summary>Media Resource Group List.</summary>
public sealed class MediaResourceGroupList : NamedEntity;

/// <summary>SRST Reference.</summary>
public sealed class SrstReference : NamedEntity;

/// <summary>Calling Search Space.</summary>
public sealed class CallingSearchSpace : NamedEntity;

/// <summary>Route Partition.</summary>
public sealed class Partition : NamedEntity;

/// <summary>AAR Group.</summary>
public sealed class AarGroup : NamedEntity;

/// <summary>Local Route Group.</summary>
public sealed class LocalRouteGroup : NamedEntity;

/// <summary>Music On Hold Audio Source.</summary>
public sealed class MohAudioSource : NamedEntity;

/// <summary>Network Locale.</summary>
public sealed class NetworkLocale : NamedEntity;
