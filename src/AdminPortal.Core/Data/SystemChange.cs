using AdminPortal.Core.Audit;

namespace AdminPortal.Core.Data;

/// <summary>
/// A change the portal makes itself, not a signed-in person: demo seeding, a tool, a test. It always may change, and
/// says who it is (<see cref="Actor"/>), so a store given one reads as a deliberate choice in the code that makes it.
/// The web host never registers it: there every change is asked of the signed-in user.
/// </summary>
public sealed class SystemChange(string actor) : IChangeAuthorization
{
    public string Actor { get; } = string.IsNullOrWhiteSpace(actor) ? throw new ArgumentException("Say who makes the change.", nameof(actor)) : actor;

    public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) =>
        Task.FromResult(new ChangeActor(Actor, ChangeChannel.System, MayChange: true));

    public override string ToString() => $"system change by {Actor}";
}
