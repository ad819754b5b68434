using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// A hash of every row of every configuration table and the audit log (read over a fresh connection, in primary-key
/// order): equal before and after a request when the request left no trace. The accounts' own tables (Identity, API
/// tokens, data-protection keys) are left out: a script's sign-in or token use records itself there by design.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<string> OfAsync(WebApplicationFactory<Program> factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is { } name && !IsAccountTable(name))
            .GroupBy(t => t.GetTableName()!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var keys = string.Join(", ", table.First().FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            text.Append('[').Append(table.Key).Append(']').AppendLine();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Key}\" ORDER BY {keys}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool IsAccountTable(string table) =>
        table.StartsWith("AspNet", StringComparison.Ordinal) || table is "ApiTokens" or "DataProtectionKeys";
}
