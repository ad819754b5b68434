using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Region.</summary>
public sealed class Region : NamedEntity;
