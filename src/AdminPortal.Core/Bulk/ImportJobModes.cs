namespace AdminPortal.Core.Bulk;

/// <summary>The import modes a job can run in, spelled as the HTTP API's <c>mode</c> query parameter.</summary>
public static class ImportJobModes
{
    public const string DryRun = "dryRun";

    public const string All = "all";

    public const string ValidRows = "validRows";

    public static IReadOnlyList<string> Every { get; } = [DryRun, All, ValidRows];

    public static string UnknownMessage(string mode) => $"'{mode}' is not an import mode: use {DryRun}, {All} or {ValidRows}.";
}
