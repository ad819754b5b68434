using System.Globalization;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// A finished job's refused rows, filtered (<see cref="ImportReportFilter"/>) and paged in the database, and as a CSV
/// the administrator fixes the file from: the job page and its download read them here.
/// </summary>
public sealed class ImportJobReport(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxPageSize = 500;

    public const string CsvHeader = "File,Object Type,Row,Column,Value,Rule,Message,Guide Line";

    public async Task<FindPage<ImportJobRefusedRow>> FindAsync(string jobId, ImportReportFilter filter, int pageIndex, int pageSize, CancellationToken cancellation = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var query = Matching(db, jobId, filter);
        var total = await query.CountAsync(cancellation);
        var rows = await query.OrderBy(r => r.Ordinal).Skip(Math.Max(0, pageIndex) * pageSize).Take(pageSize).ToListAsync(cancellation);
        return new FindPage<ImportJobRefusedRow>(rows, total);
    }

    /// <summary>The rule ids among the job's refused rows, for the filter (<see cref="ImportReportFilter.FieldRules"/> for rows without one).</summary>
    public async Task<IReadOnlyList<string>> RulesAsync(string jobId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var rules = await db.ImportJobRefusedRows.Where(r => r.JobId == jobId).Select(r => r.Rule).Distinct().ToListAsync(cancellation);
        return [.. rules.Select(r => r ?? ImportReportFilter.FieldRules).Order(StringComparer.Ordinal)];
    }

    /// <summary>The matching refused rows as CSV (RFC 4180, cells neutralised against formulas), in the report's order, streamed.</summary>
    public async Task WriteCsvAsync(string jobId, ImportReportFilter filter, TextWriter output, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await output.WriteAsync(CsvHeader + "\r\n");
        await foreach (var row in Matching(db, jobId, filter).OrderBy(r => r.Ordinal).AsAsyncEnumerable().WithCancellation(cancellation))
        {
            await output.WriteAsync(string.Join(',',
                CsvText.Field(row.File), CsvText.Field(row.ObjectType), row.Row.ToString(CultureInfo.InvariantCulture), CsvText.Field(row.Column),
                CsvText.Field(row.Value), CsvText.Field(row.Rule), CsvText.Field(row.Message), CsvText.Field(row.GuideLine)) + "\r\n");
        }
    }

    private static IQueryable<ImportJobRefusedRow> Matching(PortalDbContext db, string jobId, ImportReportFilter filter)
    {
        var query = db.ImportJobRefusedRows.AsNoTracking().Where(r => r.JobId == jobId);
        if (!string.IsNullOrWhiteSpace(filter.ObjectType))
        {
            query = query.Where(r => r.ObjectType == filter.ObjectType);
        }

        if (filter.Rule == ImportReportFilter.FieldRules)
        {
            query = query.Where(r => r.Rule == null);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            query = query.Where(r => r.Rule == filter.Rule);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            // Translated to SQL's lower(): case-insensitive on SQLite and PostgreSQL alike (as the audit log's name filter).
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(r => r.File.ToLower().Contains(text) || (r.Column != null && r.Column.ToLower().Contains(text))
                || (r.Value != null && r.Value.ToLower().Contains(text)) || r.Message.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }
}
