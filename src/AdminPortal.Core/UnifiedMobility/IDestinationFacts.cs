using AdminPortal.Core.Cluster;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// What <see cref="RemoteDestinationValidator"/> must know about the rest of the configuration to judge one remote
/// destination (R2-R6, R9 and its references). The validator holds the rules and their messages; this answers the
/// questions: from the database for a page or API save (<see cref="StoredDestinationFacts"/>), or from key sets loaded
/// once plus the rows accepted so far for a bulk import (<c>Bulk.ImportedDestinationFacts</c>).
/// </summary>
public interface IDestinationFacts
{
    /// <summary>R4: another destination (not <paramref name="id"/>) has this number.</summary>
    Task<bool> NumberTakenAsync(int id, string number, CancellationToken cancellation);

    /// <summary>R6: the number is a directory number of the cluster.</summary>
    Task<bool> IsDirectoryNumberAsync(string number, CancellationToken cancellation);

    /// <summary>R5: the cluster's caller ID matching and its Partial Match digits.</summary>
    Task<(CallerIdMatching Matching, int Digits)> CallerIdMatchingAsync(CancellationToken cancellation);

    /// <summary>R5: the number of another destination (not <paramref name="id"/>) with this partial-match key, if any.</summary>
    Task<string?> PartialMatchOtherAsync(int id, string key, CancellationToken cancellation);

    /// <summary>R2: remote destinations + mobility identities stored.</summary>
    Task<int> StoredCountAsync(CancellationToken cancellation);

    /// <summary>R3: the owner's user id and Remote Destination Limit; null when there is no such user.</summary>
    Task<(string UserId, int Limit)?> OwnerAsync(int ownerId, CancellationToken cancellation);

    /// <summary>R3: the stored destination's owner and dual-mode device; null when it is not stored.</summary>
    Task<(int OwnerId, int? DualModeDeviceId)?> StoredAsync(int id, CancellationToken cancellation);

    /// <summary>R3: the owner's remote destinations (not mobility identities), leaving out <paramref name="exceptId"/>.</summary>
    Task<int> OwnerDestinationCountAsync(int ownerId, int exceptId, CancellationToken cancellation);

    Task<bool> UserExistsAsync(int id, CancellationToken cancellation);

    Task<bool> ProfileOfOwnerAsync(int profileId, int ownerId, CancellationToken cancellation);

    /// <summary>R9: the phone exists and is a dual-mode smartphone.</summary>
    Task<bool> IsDualModeSmartphoneAsync(int phoneId, CancellationToken cancellation);

    Task<bool> MobilityProfileExistsAsync(int id, CancellationToken cancellation);

    /// <summary>The access list exists, belongs to the owner and is an allowed (or a blocked) list.</summary>
    Task<bool> AccessListFitsAsync(int id, int ownerId, bool allowed, CancellationToken cancellation);

    Task<bool> DirectoryNumberExistsAsync(int id, CancellationToken cancellation);
}
