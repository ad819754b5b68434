using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

// The name-only lookup tables a device pool, a phone or a profile refers to (reference section 1:
// "name-only lookup tables in this portal"). Each is its own table so that a reference can only
// point at the right kind of object.

/// <summary>Cisco Unified CM Group.</summary>
public sealed class UnifiedCmGroup : NamedEntity;
