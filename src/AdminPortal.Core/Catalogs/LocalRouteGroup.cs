using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Local Route Group.</summary>
public sealed class LocalRouteGroup : NamedEntity;
