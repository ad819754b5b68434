using System.Linq.Expressions;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Data;

/// <summary>What a Find and List page asks for, before it is bound to an entity type.</summary>
public sealed record FindCriteria(
    string? Field,
    MatchCondition Condition,
    string? Text,
    string? SortKey,
    bool Descending,
    int PageIndex,
    int PageSize)
{
    /// <summary>
    /// Binds the criteria to <typeparamref name="T"/>: <paramref name="fields"/> are the searchable text columns
    /// (the first is the default), <paramref name="sortKeys"/> the sortable ones.
    /// </summary>
    public FindRequest<T> For<T>(
        IReadOnlyDictionary<string, Expression<Func<T, string>>> fields,
        IReadOnlyDictionary<string, LambdaExpression> sortKeys,
        Expression<Func<T, bool>>? scope = null)
        where T : Entity => new()
        {
            Field = Field is not null && fields.TryGetValue(Field, out var field) ? field : fields.Values.First(),
            Condition = Condition,
            Text = Text,
            SortKey = SortKey,
            Descending = Descending,
            PageIndex = Math.Max(0, PageIndex),
            PageSize = Math.Clamp(PageSize, 1, 500),
            SortKeys = sortKeys,
            Scope = scope,
        };
}
