namespace AdminPortal.Core.Accounts;

/// <summary>What an API token may do, at most: its owner's role is capped by it.</summary>
public enum ApiTokenScope
{
    /// <summary>GET only: every write is refused (403), whatever the owner's role.</summary>
    ReadOnly,

    /// <summary>Reads and writes, as far as the owner's role allows (an Administrator's).</summary>
    ReadWrite,
}
