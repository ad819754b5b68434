using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Who a background import job acts as: the account that started it, channel Import. There is no signed-in user
/// behind a job (its browser may be gone); the page checked the account's right when it queued the job (only a dry
/// run for a read-only administrator, see <see cref="ImportJobs.StartAsync"/>).
/// </summary>
public sealed class ImportJobChange(string account) : IChangeAuthorization
{
    public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) =>
        Task.FromResult(new ChangeActor(account, ChangeChannel.Import, MayChange: true));
}
