using System.Data;
using System.Data.Common;

namespace AdminPortal.Core.Previews;

/// <summary>
/// An open ADO.NET connection of the portal's database with the statements it has prepared, kept by
/// <see cref="CallerIdMatchService"/> between look-ups. SQLite parses and plans a statement on every call unless the
/// same command is reused (Microsoft.Data.Sqlite keeps no statement cache across commands), and for the caller ID
/// look-up, a join and two correlated sub-queries, that planning costs more than the index look-up itself: measured,
/// preparing once brings the look-up from 2.75× to 1.0× a raw look-up of the same key (decision 012). Not thread-safe:
/// one caller at a time, which the service's rent-and-return guarantees.
/// </summary>
public sealed class PreparedConnection(DbConnection connection) : IAsyncDisposable
{
    /// <summary>The most statements one connection keeps prepared (the look-up has six shapes).</summary>
    public const int MaxStatements = 16;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The open connection.</summary>
    public DbConnection Connection => connection;

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared on its first use, with <paramref name="parameters"/> text
    /// parameters named <c>@p0</c>, <c>@p1</c>, … for the caller to set.
    /// </summary>
    public DbCommand Command(string sql, int parameters)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.DbType = DbType.String;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        if (_commands.Count < MaxStatements)
        {
            _commands.Add(sql, command);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        await connection.DisposeAsync();
    }
}
