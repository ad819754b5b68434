using System.Linq.Expressions;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Interchange;

/// <summary>A mobility profile as AXL's <c>XMobilityProfile</c> names it.</summary>
public sealed record AxlMobilityProfile : IAxlResource<AxlMobilityProfile, MobilityProfile>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public MobileClientCallingOption MobileClientCallingOption { get; init; } = MobileClientCallingOption.DialViaOfficeReverse;

    /// <summary>Dial-via-Office Reverse callback caller ID; none sends the Enterprise Feature Access number (SRND L1971).</summary>
    public string? DvorCallerId { get; init; }

    public static Expression<Func<MobilityProfile, string>> Key => m => m.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<MobilityProfile, string>>)(m => m.Name),
    };

    public static IQueryable<MobilityProfile> Including(IQueryable<MobilityProfile> query) => query;

    public static AxlMobilityProfile From(MobilityProfile m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Description = m.Description,
        MobileClientCallingOption = m.MobileClientCallingOption,
        DvorCallerId = m.DialViaOfficeReverseCallbackCallerId,
    };

    public Task<MobilityProfile> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => Task.FromResult(new MobilityProfile
    {
        Id = Id,
        Name = Name,
        Description = Description,
        MobileClientCallingOption = MobileClientCallingOption,
        DialViaOfficeReverseCallbackCallerId = DvorCallerId,
    });

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(MobilityProfile.Name)] = "name",
        [nameof(MobilityProfile.Description)] = "description",
        [nameof(MobilityProfile.MobileClientCallingOption)] = "mobileClientCallingOption",
        [nameof(MobilityProfile.DialViaOfficeReverseCallbackCallerId)] = "dvorCallerId",
    };
}
