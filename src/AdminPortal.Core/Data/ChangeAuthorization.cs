namespace AdminPortal.Core.Data;

/// <summary>
/// Whether whoever is calling may change the configuration. <see cref="ConfigurationStore"/> requires one: the web
/// host answers from the signed-in user's roles (a read-only administrator may not); seeding, tools and tests say
/// who they are with <see cref="SystemChange"/>. A host that forgets to register one does not start.
/// </summary>
public interface IChangeAuthorization
{
    Task<bool> MayChangeAsync(CancellationToken cancellation = default);
}
