using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Location (call admission control).</summary>
public sealed class Location : NamedEntity;
