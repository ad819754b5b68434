namespace AdminPortal.Core.Interchange;

/// <summary>One page of a list: <c>{"items":[…],"total":N,"page":P,"pageSize":S}</c>.</summary>
public sealed record AxlPage<TAxl>(IReadOnlyList<TAxl> Items, int Total, int Page, int PageSize);
