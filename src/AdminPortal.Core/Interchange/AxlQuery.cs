using AdminPortal.Core.Data;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// A list request: objects whose key (name, destination, user id, pattern) matches <see cref="Name"/> under
/// <see cref="Match"/>, sorted by a field (a leading "-" sorts descending), one page (1-based) of up to 500.
/// </summary>
public sealed record AxlQuery(string? Name = null, MatchCondition Match = MatchCondition.BeginsWith, string? Sort = null, int Page = 1, int PageSize = AxlQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;
}
