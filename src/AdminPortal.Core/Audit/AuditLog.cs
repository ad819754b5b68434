using System.Globalization;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Audit;

/// <summary>
/// Reads the audit log, newest first, filtered and paged in the database: the Audit Log page, its CSV export and
/// <c>GET /api/v1/audit</c> all read it here. There is no way to change or delete an entry.
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Rows in one CSV export at most (the newest first); a narrower filter exports older ones.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>Object types that appear in the log, for the page's filter.</summary>
    public static IReadOnlyList<string> ObjectTypes { get; } = [.. ObjectLabels.All.Append(AccountObjects.PortalAccount).Append(AccountObjects.ApiToken).Order(StringComparer.Ordinal)];

    /// <summary>One page (<paramref name="pageIndex"/> from 0) of the entries that match, with how many match in all.</summary>
    public async Task<FindPage<AuditEntry>> FindAsync(AuditFilter filter, int pageIndex, int pageSize, CancellationToken cancellation = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var query = Matching(db, filter);
        var total = await query.CountAsync(cancellation);
        var rows = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, pageIndex) * pageSize).Take(pageSize).ToListAsync(cancellation);
        return new FindPage<AuditEntry>(rows, total);
    }

    /// <summary>The accounts that appear in the log, for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> AccountsAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.AuditEntries.Select(e => e.Account).Distinct().OrderBy(a => a).ToListAsync(cancellation);
    }

    /// <summary>
    /// The matching entries as CSV (RFC 4180), newest first, streamed to <paramref name="output"/>: one row per
    /// changed field, so that a spreadsheet can filter on a field; an entry without fields is one row.
    /// </summary>
    public async Task WriteCsvAsync(AuditFilter filter, TextWriter output, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await output.WriteAsync("Time (UTC),Account,Channel,Token,Action,Object Type,Object Id,Object Name,Field,Old Value,New Value\r\n");
        var entries = Matching(db, filter).OrderByDescending(e => e.Id).Take(MaxExportRows).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellation))
        {
            var start = string.Join(',',
                entry.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                CsvText.Field(entry.Account),
                entry.Channel,
                CsvText.Field(entry.TokenName),
                entry.Action,
                CsvText.Field(entry.ObjectType),
                entry.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? "",
                CsvText.Field(entry.ObjectName));
            var changes = AuditTrail.ChangesOf(entry);
            if (changes.Count == 0)
            {
                await output.WriteAsync($"{start},,,\r\n");
            }

            foreach (var change in changes)
            {
                await output.WriteAsync($"{start},{CsvText.Field(change.Field)},{CsvText.Field(change.Old)},{CsvText.Field(change.New)}\r\n");
            }
        }
    }

    private static IQueryable<AuditEntry> Matching(PortalDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var utc = DateTime.SpecifyKind(from, DateTimeKind.Utc);
            query = query.Where(e => e.At >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = DateTime.SpecifyKind(to, DateTimeKind.Utc);
            query = query.Where(e => e.At < utc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Account))
        {
            query = query.Where(e => e.Account == filter.Account.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.ObjectType))
        {
            query = query.Where(e => e.ObjectType == filter.ObjectType);
        }

        if (filter.ObjectId is { } id)
        {
            query = query.Where(e => e.ObjectId == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.ObjectName))
        {
            var part = filter.ObjectName.Trim().ToLowerInvariant();
            // Translated to SQL's lower(): case-insensitive on SQLite and PostgreSQL alike (the culture rules do not apply in SQL).
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(e => e.ObjectName.ToLower().Contains(part));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.Channel is { } channel)
        {
            var name = channel.ToString();
            query = query.Where(e => e.Channel == name);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        return query;
    }
}
