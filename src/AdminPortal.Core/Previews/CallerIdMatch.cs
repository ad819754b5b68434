using AdminPortal.Core.Cluster;

namespace AdminPortal.Core.Previews;

/// <summary>
/// Which user an incoming calling number is matched to under one setting: the HTTP shape of
/// <c>GET /api/v1/tools/caller-id</c>, one to one. <see cref="Digits"/> is null under Complete Match;
/// <see cref="Candidates"/> lists every destination matched (at most <see cref="CallerIdMatchService.CandidateLimit"/>,
/// <see cref="MoreCandidates"/> when there were more); <see cref="IsClusterSetting"/> says whether this is the
/// cluster's current setting or a what-if.
/// </summary>
public sealed record CallerIdMatch(
    string Number,
    CallerIdMatching Matching,
    int? Digits,
    CallerIdMatchOutcome Outcome,
    CallerIdCandidate? Match,
    IReadOnlyList<CallerIdCandidate> Candidates,
    bool MoreCandidates,
    bool IsClusterSetting,
    string Explanation);
