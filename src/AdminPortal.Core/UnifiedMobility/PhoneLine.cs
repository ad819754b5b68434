using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class PhoneLine : Entity
{
    public int PhoneId { get; set; }

    public Phone? Phone { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }

    public int LineIndex { get; set; }
}
