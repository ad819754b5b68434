using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Network Locale.</summary>
public sealed class NetworkLocale : NamedEntity;
