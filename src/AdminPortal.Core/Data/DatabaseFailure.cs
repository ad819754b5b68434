using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AdminPortal.Core.Data;

/// <summary>Tells a failure to reach the database (server down, network, file unavailable) from any other error.</summary>
public static class DatabaseFailure
{
    public const string Message = "The configuration database cannot be reached right now. Nothing was changed; the portal keeps trying and recovers by itself when the database is back.";

    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException or TimeoutException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" }:
                case SqliteException { SqliteErrorCode: 14 /* SQLITE_CANTOPEN */ }:
                case NpgsqlException { InnerException: System.IO.IOException or SocketException }:
                    return true;
                case DbException when e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("refused", StringComparison.OrdinalIgnoreCase):
                    return true;
            }
        }

        return false;
    }
}
