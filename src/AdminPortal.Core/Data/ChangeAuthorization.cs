namespace AdminPortal.Core.Data;

/// <summary>
/// Whether whoever is calling may change the configuration. The web host answers from the signed-in user's roles
/// (a read-only administrator may not); a store made without one (tests, tools, seeding) may change anything.
/// </summary>
public interface IChangeAuthorization
{
    Task<bool> MayChangeAsync(CancellationToken cancellation = default);
}
