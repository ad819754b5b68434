using System.Linq.Expressions;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Data;

/// <summary>Search criteria of a Find and List page: "Find {objects} where {field} {condition} {text}".</summary>
public sealed record FindRequest<T>
    where T : Entity
{
    public required Expression<Func<T, string>> Field { get; init; }

    public MatchCondition Condition { get; init; } = MatchCondition.BeginsWith;

    public string? Text { get; init; }

    /// <summary>Column key to sort on; must be one of <see cref="SortKeys"/>, otherwise the first key is used.</summary>
    public string? SortKey { get; init; }

    public bool Descending { get; init; }

    public int PageIndex { get; init; }

    public int PageSize { get; init; } = 50;

    /// <summary>Sortable columns: key to a string or number expression.</summary>
    public required IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; init; }

    /// <summary>An extra fixed filter (e.g. "only this user's objects").</summary>
    public Expression<Func<T, bool>>? Scope { get; init; }

    /// <summary>
    /// The filter. With <paramref name="binaryText"/> (the database compares text by code point, as SQLite's BINARY
    /// collation does), "begins with" also states its prefix as a range of the lower-cased field, which an index on
    /// <c>lower(field)</c> answers without reading every row (decision 025); the LIKE stays, so the rows are the same.
    /// </summary>
    internal IQueryable<T> Apply(IQueryable<T> rows, bool binaryText)
    {
        if (Scope is not null)
        {
            rows = rows.Where(Scope);
        }

        var text = Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return rows;
        }

        // Lower-casing both sides makes the search case-insensitive on SQLite and PostgreSQL alike.
        var probe = new Probe(text.ToLowerInvariant());
        var parameter = Field.Parameters[0];
        var field = Expression.Call(Field.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var value = Expression.Property(Expression.Constant(probe), nameof(Probe.Text));
        Expression body = Condition switch
        {
            MatchCondition.Contains => Expression.Call(field, nameof(string.Contains), null, value),
            MatchCondition.EndsWith => Expression.Call(field, nameof(string.EndsWith), null, value),
            MatchCondition.IsExactly => Expression.Equal(field, value),
            _ => Expression.Call(field, nameof(string.StartsWith), null, value),
        };
        if (binaryText && Condition == MatchCondition.BeginsWith && probe.Beyond is not null)
        {
            // Text >= prefix AND text < the prefix with its last character stepped up: every text that begins
            // with the prefix, in code-point order.
            var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
            var zero = Expression.Constant(0);
            body = Expression.AndAlso(
                Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Call(compare, field, value), zero),
                    Expression.LessThan(Expression.Call(compare, field, Expression.Property(Expression.Constant(probe), nameof(Probe.Beyond))), zero)),
                body);
        }

        return rows.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    internal IQueryable<T> Sort(IQueryable<T> rows)
    {
        var key = SortKey is not null && SortKeys.TryGetValue(SortKey, out var chosen) ? chosen : SortKeys.Values.First();
        var method = Descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var ordered = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], rows.Expression, Expression.Quote(key));
        var sorted = rows.Provider.CreateQuery<T>(ordered);
        // A stable order for paging when sort values repeat.
        return ((IOrderedQueryable<T>)sorted).ThenBy(e => e.Id);
    }

    private sealed record Probe(string Text)
    {
        /// <summary>
        /// The first text after every text that begins with <see cref="Text"/>: its last character stepped up by one.
        /// None when that character is a surrogate or the last of the basic plane (UTF-16 order is not code-point
        /// order there); the search is then the LIKE alone.
        /// </summary>
        public string? Beyond { get; } = Text[^1] < '\uD7FF' ? Text[..^1] + (char)(Text[^1] + 1) : null;
    }
}
