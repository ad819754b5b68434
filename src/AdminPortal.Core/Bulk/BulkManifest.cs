using System.Text.Json;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The <c>manifest.json</c> of an archive: the format and its version, and each file in dependency order with its
/// type and its number of rows. It holds no export time, so that exporting the same configuration twice gives the
/// same bytes (decision 015); the time is in the download's file name.
/// </summary>
public sealed record BulkManifest(string Format, int Version, IReadOnlyList<BulkManifestFile> Files)
{
    public const string FileName = "manifest.json";

    public const string FormatName = "mobility-admin-portal-bulk";

    /// <summary>The version of the files' layout this portal writes and reads.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static BulkManifest Of(IReadOnlyList<BulkManifestFile> files) => new(FormatName, CurrentVersion, files);

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>The manifest a file holds, or null when it cannot be read as one.</summary>
    public static async Task<BulkManifest?> ReadAsync(Stream json, CancellationToken cancellation)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<BulkManifest>(json, Options, cancellation);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
