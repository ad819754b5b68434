using System.Text.Json;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Web.Api;

/// <summary>How the HTTP API reads and writes JSON: as every AXL resource is written (<see cref="AxlJsonOptions"/>), bodies up to 1 MiB.</summary>
public static class ApiJson
{
    /// <summary>The largest request body the API reads (1 MiB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static JsonSerializerOptions Options => AxlJsonOptions.Strict;
}
