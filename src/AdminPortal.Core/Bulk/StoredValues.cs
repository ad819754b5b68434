using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The enumerations an export reads from its own data readers, as the model stores them (by name) and read back with
/// the model's own value converters: each stored text converted once per export, not once per row.
/// </summary>
internal sealed class StoredValues(PortalDbContext db)
{
    private readonly Func<string, VoicemailPolicy> _voicemail = Cached<VoicemailPolicy>(db, typeof(RemoteDestination), nameof(RemoteDestination.SingleNumberReachVoicemailPolicy));
    private readonly Func<string, CallerFilterMode> _callerFilter = Cached<CallerFilterMode>(db, typeof(RemoteDestination), nameof(RemoteDestination.CallerFilter));
    private readonly Func<string, DayOfWeek> _day = Cached<DayOfWeek>(db, typeof(RingScheduleEntry), nameof(RingScheduleEntry.Day));
    private readonly Func<string, RingScheduleEntryKind> _kind = Cached<RingScheduleEntryKind>(db, typeof(RingScheduleEntry), nameof(RingScheduleEntry.Kind));

    public VoicemailPolicy Voicemail(string stored) => _voicemail(stored);

    public CallerFilterMode CallerFilter(string stored) => _callerFilter(stored);

    public DayOfWeek Day(string stored) => _day(stored);

    public RingScheduleEntryKind Kind(string stored) => _kind(stored);

    private static Func<string, T> Cached<T>(PortalDbContext db, Type entity, string property)
    {
        ValueConverter converter = db.Model.FindEntityType(entity)!.FindProperty(property)!.GetTypeMapping().Converter!;
        var known = new Dictionary<string, T>(StringComparer.Ordinal);
        return text =>
        {
            if (!known.TryGetValue(text, out var value))
            {
                known[text] = value = (T)converter.ConvertFromProvider(text)!;
            }

            return value;
        };
    }
}
