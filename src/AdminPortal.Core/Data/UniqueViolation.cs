using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>Turns a unique-index violation from SQLite or PostgreSQL into a message on the field concerned.</summary>
internal static class UniqueViolation
{
    public static bool TryDescribe(DbUpdateException exception, out FieldError error)
    {
        var message = exception.InnerException?.Message ?? "";
        error = new FieldError("", "");
        var isUnique = message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) // SQLite
            || message.Contains("23505", StringComparison.Ordinal); // PostgreSQL unique_violation
        if (!isUnique)
        {
            return false;
        }

        var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
        var field = "";
        if (entry is not null)
        {
            foreach (var index in entry.Metadata.GetIndexes().Where(i => i.IsUnique))
            {
                var column = index.Properties[^1].Name;
                if (message.Contains($".{column}", StringComparison.Ordinal) || message.Contains(index.GetDatabaseName() ?? "\u0000", StringComparison.Ordinal))
                {
                    field = column;
                    break;
                }
            }
        }

        error = new FieldError(field, "That value was just saved by someone else; it must be unique. Choose another value.");
        return true;
    }
}
