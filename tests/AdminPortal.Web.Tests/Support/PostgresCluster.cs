using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AdminPortal.Core.Tests.Support;
using Npgsql;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// A private PostgreSQL cluster a test may stop and start (the outage test cannot stop the shared CI server):
/// a temp data folder, 127.0.0.1, a free port; run as the "postgres" user when the tests run as root. Binaries from
/// PORTAL_TEST_PG_BIN (set by .ci/run) or /usr/lib/postgresql/15/bin.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-pg-test-").FullName;
    private readonly string _bin = Environment.GetEnvironmentVariable("PORTAL_TEST_PG_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";

    public int Port { get; } = FreePort();

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    public static async Task<PostgresCluster> StartNewAsync()
    {
        // Without a server for the shared tests there is none to start here either: fail as they do.
        _ = PostgresTestDatabase.ServerConnectionString;
        var cluster = new PostgresCluster();
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", cluster._folder);
        }

        await cluster.AsPostgresAsync("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartAsync();
        return cluster;
    }

    private string Data => Path.Combine(_folder, "data");

    public Task StartAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public Task StopAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public async Task CreateDatabaseAsync(string name, string? owner = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        if (owner is not null)
        {
            await using var role = new NpgsqlCommand($"CREATE ROLE \"{owner}\" LOGIN", connection);
            await role.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{(owner is null ? "" : $" OWNER \"{owner}\"")}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task AsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
            : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
