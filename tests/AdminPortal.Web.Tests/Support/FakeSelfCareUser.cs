using AdminPortal.Web.Accounts;

namespace AdminPortal.Web.Tests.Support;

/// <summary>The signed-in end user as a test sets it: null is "not an end user".</summary>
public sealed class FakeSelfCareUser : ISelfCareUser
{
    public int? EndUserId { get; set; }

    public Task<int?> EndUserIdAsync() => Task.FromResult(EndUserId);
}
