using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Media Resource Group List.</summary>
public sealed class MediaResourceGroupList : NamedEntity;
