using System.Net;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>
/// Two portal instances starting at once on one empty PostgreSQL database (decision 014): both come up, the schema is
/// migrated once and the demo data and accounts are seeded once (<see cref="StartupLock"/>).
/// </summary>
[Trait("Database", "Postgres")]
public sealed class StartupRaceTests : IAsyncLifetime
{
    private readonly string _name = $"portal_race_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresTestDatabase.ServerConnectionString) { Database = _name }.ConnectionString;

    public Task InitializeAsync() => ServerCommandAsync($"CREATE DATABASE \"{_name}\"");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ServerCommandAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    [Fact]
    public async Task TwoInstances_StartingAtOnceOnAnEmptyDatabase_MigrateAndSeedItOnce()
    {
        await using var first = PortalHost.OnPostgres(ConnectionString);
        await using var second = PortalHost.OnPostgres(ConnectionString);

        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            client.Dispose();
        }

        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePostgresPortal(ConnectionString);
        await using var db = new PortalDbContext(options.Options);
        var migrations = db.Database.GetMigrations().ToList();
        Assert.Equal(migrations, await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"").ToListAsync());
        Assert.Equal(1, await db.Users.CountAsync(u => u.UserName == "admin"));
        Assert.Equal(AccountBootstrap.DemoAccounts.Count, await db.Users.CountAsync());
        Assert.Equal(PortalRolesCount, await db.Roles.CountAsync());
        // Seeded twice, the demo would hold every name twice (or a start would have failed on a unique name).
        Assert.Equal(await db.Sites.Select(s => s.Name).Distinct().CountAsync(), await db.Sites.CountAsync());
        Assert.Equal(await db.EndUsers.Select(u => u.UserId).Distinct().CountAsync(), await db.EndUsers.CountAsync());
        Assert.True(await db.Sites.AnyAsync());
        Assert.Equal(await db.RemoteDestinations.CountAsync(), await ClusterGuard.RemoteDestinationCountAsync(db, default));
    }

    private static int PortalRolesCount => Core.Accounts.PortalRoles.All.Count;

    private static async Task ServerCommandAsync(string sql)
    {
        await using var server = new NpgsqlConnection(PostgresTestDatabase.ServerConnectionString);
        await server.OpenAsync();
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }
}
