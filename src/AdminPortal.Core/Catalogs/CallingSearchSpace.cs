using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Calling Search Space.</summary>
public sealed class CallingSearchSpace : NamedEntity;
