namespace AdminPortal.Core.Bulk;

/// <summary>
/// How much one bulk file may hold (decision 015). A file is read as a stream, so these bound the time an import
/// takes and what a mistaken or hostile upload costs, not the memory: beyond them the file is refused with a message.
/// </summary>
public static class BulkLimits
{
    /// <summary>The largest CSV file, and the largest CSV inside an archive once unpacked: 64 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The largest archive upload: 64 MiB (its CSV files compress several times).</summary>
    public const long MaxArchiveBytes = MaxFileBytes;

    /// <summary>The most data rows a file may have (the header not counted): five times a full cluster's 40,000 destinations.</summary>
    public const int MaxRows = 200_000;

    /// <summary>The most columns a row may have.</summary>
    public const int MaxColumns = 2_000;

    /// <summary>The longest cell: four times the longest value any field takes (<see cref="Common.TextLimits.Input"/>).</summary>
    public const int MaxCellLength = 4 * Common.TextLimits.Input;

    /// <summary>Text that states a size for people: 64 MiB.</summary>
    public static string Describe(long bytes) => $"{bytes / (1024 * 1024)} MiB";
}
