using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>SRST Reference.</summary>
public sealed class SrstReference : NamedEntity;
