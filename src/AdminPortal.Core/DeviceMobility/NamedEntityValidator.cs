using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Field rules of the objects that are only a name and a description (catalogs, physical locations, groups).</summary>
public sealed class NamedEntityValidator<T> : PortalValidator<T>
    where T : NamedEntity
{
    public NamedEntityValidator(PortalDbContext db)
    {
        RuleFor(e => e.Name).ValidName().UniqueIn(db.Set<T>(), e => e.Name);
        RuleFor(e => e.Description).ValidDescription();
    }
}
