using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class DirectoryNumberValidator : PortalValidator<DirectoryNumber>
{
    public DirectoryNumberValidator(PortalDbContext db)
    {
        RuleFor(d => d.Pattern)
            .NotEmpty().WithMessage("Directory Number is required.")
            .Matches(@"^\+?[0-9]{1,24}$").WithMessage("Directory Number is 1-24 digits with an optional leading +.");
        RuleFor(d => d.PartitionId).ExistsWhenSet(db.Partitions, "Route Partition");
        RuleFor(d => d.Pattern)
            .MustAsync(async (d, pattern, ct) => !await db.DirectoryNumbers.AnyAsync(o => o.Id != d.Id && o.Pattern == pattern && o.PartitionId == d.PartitionId, ct))
            .WithMessage(d => $"Directory Number {d.Pattern} already exists in this partition.");
        RuleFor(d => d.Pattern)
            .MustAsync(async (pattern, ct) => !await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == pattern, ct))
            .WithRule(DesignRules.R6, d => $"{d.Pattern} is a user's remote destination; a number cannot be both a directory number of this cluster and a remote destination.");
        RuleFor(d => d.Description).ValidDescription();
    }
}
