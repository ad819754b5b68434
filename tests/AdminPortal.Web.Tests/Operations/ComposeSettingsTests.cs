using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Tests.Support;
using Npgsql;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>
/// docker-compose.yml cannot run here (no Docker engine), so this starts the portal with the compose file's own
/// environment, only pointed at the CI PostgreSQL server instead of the "db" service, and checks it serves. The
/// variables compose requires (<c>${VAR:?message}</c>) are given as an operator would.
/// </summary>
[Trait("Database", "Postgres")]
public sealed partial class ComposeSettingsTests
{
    private static readonly Dictionary<string, string> Given = new()
    {
        ["POSTGRES_PASSWORD"] = "Compose-Db-Pass-1",
        ["PORTAL_ADMIN_PASSWORD"] = "Compose-Admin-1",
    };

    [Fact]
    public void ComposeFile_PasswordsHaveNoDefault_AndDemoDataIsOff()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));

        var required = Required().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet();
        var environment = PortalEnvironmentOfCompose();

        Assert.Equal(["PORTAL_ADMIN_PASSWORD", "POSTGRES_PASSWORD"], required.Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(@"\$\{(POSTGRES_PASSWORD|PORTAL_ADMIN_PASSWORD):?-", text);
        Assert.Equal("false", environment["DemoData__Enabled"]);
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public async Task Portal_StartedWithTheComposeEnvironment_IsReadyOnPostgresWithItsAdministratorAndNoDemo()
    {
        var environment = PortalEnvironmentOfCompose();
        Assert.Equal("Postgres", environment["Database__Provider"]);
        var compose = new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__Portal"]);
        Assert.Equal("db", compose.Host);
        Assert.Equal(Given["POSTGRES_PASSWORD"], compose.Password);
        var server = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.ServerConnectionString);
        await PrepareRoleAndDatabaseAsync(server, compose.Username!, compose.Database!);

        // Same database, user and password as compose; only the host and port are the CI server's.
        compose.Host = server.Host;
        compose.Port = server.Port;
        var settings = environment.Where(e => e.Key != "ASPNETCORE_ENVIRONMENT")
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value);
        settings["ConnectionStrings:Portal"] = compose.ConnectionString;
        await using var portal = new PortalHost(settings, environment["ASPNETCORE_ENVIRONMENT"]);
        using var client = await portal.SignedInClientAsync((environment["Bootstrap__AdminUser"], Given["PORTAL_ADMIN_PASSWORD"]));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin/sites")).StatusCode);
        Assert.DoesNotContain("San Jose", await client.GetStringAsync("/ccmadmin/sites"), StringComparison.Ordinal);
        using var demo = portal.CreateClient(new() { AllowAutoRedirect = false });
        var demoAdmin = await PortalSignIn.PostAsync(demo, "admin", AdminPortal.Web.Accounts.AccountBootstrap.DemoAccounts[0].Password);
        Assert.NotEqual(HttpStatusCode.Redirect, demoAdmin.StatusCode);
    }

    /// <summary>The portal service's environment, with ${VAR:-default} read as its default and ${VAR:?message} as the value <see cref="Given"/>.</summary>
    private static Dictionary<string, string> PortalEnvironmentOfCompose()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docker-compose.yml"));
        var portal = Array.IndexOf(lines, "  portal1: &portal");
        var start = Array.FindIndex(lines, portal, l => l == "    environment:") + 1;
        var environment = new Dictionary<string, string>();
        for (var i = start; i < lines.Length && lines[i].StartsWith("      ", StringComparison.Ordinal); i++)
        {
            var match = Setting().Match(lines[i]);
            var value = Default().Replace(match.Groups["value"].Value.Trim().Trim('"'), m => m.Groups["default"].Value);
            environment[match.Groups["key"].Value] = Required().Replace(value, m => Given[m.Groups["name"].Value]);
        }

        return environment;
    }

    private static async Task PrepareRoleAndDatabaseAsync(NpgsqlConnectionStringBuilder server, string user, string database)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            $"DO $$ BEGIN CREATE ROLE \"{user}\" LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
            $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)",
            $"CREATE DATABASE \"{database}\" OWNER \"{user}\"",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "AdminPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    [GeneratedRegex(@"^\s+(?<key>[A-Za-z_]+):\s*(?<value>.*)$")]
    private static partial Regex Setting();

    [GeneratedRegex(@"\$\{[A-Z_]+:-(?<default>[^}]*)\}")]
    private static partial Regex Default();

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+):\?[^}]*\}")]
    private static partial Regex Required();
}
