using System.Globalization;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Web.Api;

/// <summary>Reads a list's query string: <c>name=&amp;match=beginsWith|contains|endsWith|exact&amp;sort=name|-name|…&amp;page=1&amp;pageSize=50</c>.</summary>
public static class AxlQueryString
{
    private static readonly Dictionary<string, MatchCondition> Matches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beginsWith"] = MatchCondition.BeginsWith,
        ["contains"] = MatchCondition.Contains,
        ["endsWith"] = MatchCondition.EndsWith,
        ["exact"] = MatchCondition.IsExactly,
    };

    public static (AxlQuery? Query, IResult? Problem) Read(HttpRequest request, IEnumerable<string> sortFields)
    {
        var errors = new Dictionary<string, string[]>();
        var q = request.Query;
        var match = MatchCondition.BeginsWith;
        if (q["match"].FirstOrDefault() is { } matchText && !Matches.TryGetValue(matchText, out match))
        {
            errors["match"] = [$"match is one of {string.Join(", ", Matches.Keys)}."];
        }

        var sort = q["sort"].FirstOrDefault();
        var fields = sortFields.Prepend("name").Distinct().ToList();
        if (sort is not null && !fields.Contains(sort.StartsWith('-') ? sort[1..] : sort, StringComparer.Ordinal))
        {
            errors["sort"] = [$"sort is one of {string.Join(", ", fields)}, with a leading - for descending."];
        }

        var page = Number(q["page"].FirstOrDefault(), "page", 1, 1, int.MaxValue, errors);
        var pageSize = Number(q["pageSize"].FirstOrDefault(), "pageSize", AxlQuery.DefaultPageSize, 1, AxlQuery.MaxPageSize, errors);
        foreach (var unknown in q.Keys.Where(k => k is not ("name" or "match" or "sort" or "page" or "pageSize")))
        {
            errors[unknown] = ["Lists take name, match, sort, page and pageSize."];
        }

        return errors.Count > 0
            ? (null, ApiProblems.BadRequest("The list's query is not valid.", errors))
            : (new AxlQuery(q["name"].FirstOrDefault(), match, sort, page, pageSize), null);
    }

    internal static int Number(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"{name} is a whole number from {min} to {max}."];
        return fallback;
    }
}
