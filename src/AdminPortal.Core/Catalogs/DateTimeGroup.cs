using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Date/Time Group.</summary>
public sealed class DateTimeGroup : NamedEntity;
