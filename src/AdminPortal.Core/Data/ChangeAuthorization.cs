using AdminPortal.Core.Audit;

namespace AdminPortal.Core.Data;

/// <summary>
/// Who is calling, and whether they may change the configuration. <see cref="ConfigurationStore"/> requires one: the
/// web host answers from the signed-in user or the API caller (a read-only administrator or a read-only token may
/// not); seeding, tools and tests say who they are with <see cref="SystemChange"/>. A host that forgets to register
/// one does not start. The answer also names the account and channel the audit log records.
/// </summary>
public interface IChangeAuthorization
{
    Task<ChangeActor> ActorAsync(CancellationToken cancellation = default);
}
