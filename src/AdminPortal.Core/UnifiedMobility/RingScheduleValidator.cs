using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class RingScheduleValidator : PortalValidator<RingSchedule>
{
    public RingScheduleValidator()
    {
        RuleFor(s => s.Entries).Must(e => e.Count <= 7).WithMessage("A ring schedule has at most 7 entries, one per day.");
        RuleFor(s => s.Entries).Must(e => e.Count < 2 || e.Select(x => x.Day).Distinct().Count() == e.Count).WithMessage("A day can appear only once in the ring schedule.");
        RuleFor(s => s.Entries).NotEmpty().When(s => !s.AllTheTime)
            .WithMessage("A weekly ring schedule needs at least one day; choose \"All the time\" to ring always.");
        RuleForEach(s => s.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Day).IsDefinedValue();
            entry.When(e => e.Kind == RingScheduleEntryKind.FromTo, () =>
            {
                entry.RuleFor(e => e.StartMinute)
                    .Must(m => m is >= 0 and < RingSchedules.MinutesPerDay && m % RingSchedules.GridMinutes == 0)
                    .WithMessage(e => $"{e.Day}: the start time {RingSchedules.Format(e.StartMinute)} must be on the 15-minute grid between 00:00 and 23:45.");
                entry.RuleFor(e => e.EndMinute)
                    .Must(m => m is > 0 and <= RingSchedules.MinutesPerDay && m % RingSchedules.GridMinutes == 0)
                    .WithMessage(e => $"{e.Day}: the end time {RingSchedules.Format(e.EndMinute)} must be on the 15-minute grid between 00:15 and 24:00.");
                entry.RuleFor(e => e.EndMinute).GreaterThan(e => e.StartMinute)
                    .WithMessage(e => $"{e.Day}: the schedule must start before it ends ({RingSchedules.Format(e.StartMinute)}-{RingSchedules.Format(e.EndMinute)}).");
            });
        });
    }
}
