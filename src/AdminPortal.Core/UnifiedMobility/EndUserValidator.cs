using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class EndUserValidator : PortalValidator<EndUser>
{
    public EndUserValidator(PortalDbContext db)
    {
        RuleFor(u => u.UserId)
            .NotEmpty().WithMessage("User ID is required.")
            .MaximumLength(TextLimits.Name).WithMessage($"User ID can be at most {TextLimits.Name} characters.")
            .Matches(@"^[A-Za-z0-9._@\-]+$").WithMessage("User ID may contain only letters, digits and . _ @ -")
            .UniqueIn(db.EndUsers, u => u.UserId, "User ID");
        RuleFor(u => u.LastName)
            .NotEmpty().WithMessage("Last Name is required.")
            .MaximumLength(TextLimits.PersonName).WithMessage($"Last Name can be at most {TextLimits.PersonName} characters.");
        RuleFor(u => u.FirstName).MaximumLength(TextLimits.PersonName).WithMessage($"First Name can be at most {TextLimits.PersonName} characters.");
        RuleFor(u => u.MailId).EmailAddress().WithMessage("Mail ID must be an e-mail address.").MaximumLength(TextLimits.Mail)
            .When(u => !string.IsNullOrEmpty(u.MailId));
        RuleFor(u => u.TelephoneNumber).Must(PhoneNumbers.IsDialable!).WithMessage("Telephone Number may contain digits, an optional leading +, spaces and - ( ).")
            .When(u => !string.IsNullOrEmpty(u.TelephoneNumber));
        RuleFor(u => u.MobileNumber).Must(PhoneNumbers.IsDialable!).WithMessage("Mobile Number may contain digits, an optional leading +, spaces and - ( ).")
            .When(u => !string.IsNullOrEmpty(u.MobileNumber));
        RuleFor(u => u.Pin).Matches("^[0-9]{4,20}$").WithMessage("PIN is 4-20 digits (Mobile Voice Access and Enterprise Feature Access authenticate with it).")
            .When(u => !string.IsNullOrEmpty(u.Pin));
        RuleFor(u => u.MaxDeskPickupWaitTime).InclusiveBetween(0, DesignRules.MaxDeskPickupWaitTimeMs)
            .WithRule(DesignRules.R7, $"Maximum Wait Time for Desk Pickup is 0-{DesignRules.MaxDeskPickupWaitTimeMs} milliseconds.");
        RuleFor(u => u.RemoteDestinationLimit).InclusiveBetween(DesignRules.MinRemoteDestinationLimit, DesignRules.MaxRemoteDestinationLimit)
            .WithRule(DesignRules.R7, $"Remote Destination Limit is {DesignRules.MinRemoteDestinationLimit}-{DesignRules.MaxRemoteDestinationLimit}.");
        RuleFor(u => u.RemoteDestinationLimit).CustomAsync(async (limit, context, ct) =>
        {
            var user = context.InstanceToValidate;
            if (user.Id == 0 || limit is < DesignRules.MinRemoteDestinationLimit or > DesignRules.MaxRemoteDestinationLimit)
            {
                return;
            }

            var count = await db.RemoteDestinations.CountAsync(r => r.OwnerId == user.Id && r.DualModeDeviceId == null, ct);
            if (count > limit)
            {
                context.AddRuleFailure(nameof(EndUser.RemoteDestinationLimit), DesignRules.R3,
                    $"{user.UserId} has {count} remote destinations; delete {count - limit} of them before lowering the Remote Destination Limit to {limit}.");
            }
        });
        RuleFor(u => u.PrimaryDeviceId)
            .MustAsync(async (u, id, ct) => id is null || await db.Phones.AnyAsync(p => p.Id == id && p.OwnerId == u.Id, ct))
            .WithMessage("Primary Device must be a phone owned by this user.");
    }
}
