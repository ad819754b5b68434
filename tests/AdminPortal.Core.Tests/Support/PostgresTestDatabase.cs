using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// A fresh database on a real PostgreSQL server, migrated with the PostgreSQL migrations, dropped afterwards.
/// The server is named by <see cref="ServerVariable"/> (a connection string to its maintenance database);
/// <c>.ci/run</c> starts a throwaway PostgreSQL 15 cluster and sets it. Without it these tests fail, never skip:
/// run them locally with a server, or leave them out with <c>--filter "Database!=Postgres"</c>.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "PORTAL_TEST_POSTGRES";

    private readonly string _name = $"portal_test_{Guid.NewGuid():N}";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {ServerVariable} (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\"), "
                + "run bash .ci/run, or leave them out with --filter \"Database!=Postgres\".");

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;

    protected override void Configure(DbContextOptionsBuilder options) => options.UsePostgresPortal(ConnectionString);

    protected override async Task CreateAsync()
    {
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", server);
        await create.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
