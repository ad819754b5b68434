using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>AAR Group.</summary>
public sealed class AarGroup : NamedEntity;
