using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace AdminPortal.Core.Common;

/// <summary>
/// Builds one expression a query provider can translate out of two, so that a rule's predicate is written once
/// (over a value) and used inside queries over the entities that carry that value.
/// </summary>
public static class ExpressionComposition
{
    /// <summary><c>x => then(first(x))</c>, as one expression.</summary>
    public static Expression<Func<T, TResult>> Then<T, TMiddle, TResult>(this Expression<Func<T, TMiddle>> first, Expression<Func<TMiddle, TResult>> then) =>
        Expression.Lambda<Func<T, TResult>>(ReplacingExpressionVisitor.Replace(then.Parameters[0], first.Body, then.Body), first.Parameters);

    /// <summary><c>x => left(x) || right(x)</c>, as one expression.</summary>
    public static Expression<Func<T, bool>> OrElse<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);
}
