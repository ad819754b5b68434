using AdminPortal.Core.Operations;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace AdminPortal.Web.Operations;

/// <summary>
/// OpenTelemetry metrics in Prometheus text format at <see cref="PortalUrls.Metrics"/>, off unless
/// <see cref="EnabledSetting"/> is true: then ASP.NET Core's own meters (<see cref="BuiltInMeters"/>) and the portal's
/// (<see cref="PortalMetrics"/>) are exported. Anyone who can reach the address can read it (as <c>/healthz</c>):
/// the figures name no person, but keep the address off the public side of the proxy (decision 014).
/// </summary>
public static class PortalTelemetry
{
    public const string EnabledSetting = "Metrics:Enabled";

    /// <summary>The meters ASP.NET Core and .NET publish that say how the portal serves.</summary>
    public static IReadOnlyList<string> BuiltInMeters { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Identity",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "System.Runtime",
    ];

    /// <summary>
    /// Registers the exporter and the circuit counter. The setting is read when the meter provider is built (after
    /// every configuration source, test hosts' too, is in); when it is off no meter is listened to.
    /// </summary>
    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitMetrics>());
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) =>
            {
                if (IsEnabled(provider.GetRequiredService<IConfiguration>()))
                {
                    builder.AddMeter([.. BuiltInMeters, PortalMetrics.MeterName]);
                }
            });
            metrics.AddPrometheusExporter();
        });
        return services;
    }

    /// <summary>Maps <see cref="PortalUrls.Metrics"/> when metrics are on; otherwise the address is not found (404).</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        if (IsEnabled(app.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            app.MapPrometheusScrapingEndpoint(PortalUrls.Metrics);
        }

        return app;
    }

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledSetting, false);
}
