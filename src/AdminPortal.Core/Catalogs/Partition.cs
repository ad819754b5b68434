using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Route Partition.</summary>
public sealed class Partition : NamedEntity;
