using System.Text.Json.Serialization;
using AdminPortal.Core.Interchange;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace AdminPortal.Web.Api;

/// <summary>
/// The API's OpenAPI document (<c>/openapi/v1.json</c>), generated from the endpoints with AXL's field names, the
/// error shapes and the security schemes; and the interactive reference for administrators at <c>/ccmadmin/api</c>
/// (Scalar, its script served by the portal itself, no CDN).
/// </summary>
public static class ApiDocument
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        // The document's schemas come from these options: Unified CM's spellings for the enumerations, as the API writes them.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Mobility Admin Portal API",
                    Version = "v1",
                    Description = "Every mobility object of the Unified CM cluster, named as AXL names it (camelCase), references by name. " +
                        "Writes go through the same rules as the pages (R1-R12): a refusal is a 422 problem document with errors by field and the rules. " +
                        "PUT, PATCH and DELETE need If-Match with the object's ETag (412 when stale, 428 when missing). " +
                        "Authenticate with HTTP Basic (a portal account) or Authorization: Bearer <API token>.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["basic"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "basic", Description = "A portal account (user ID and password), as AXL authenticates." },
                    ["token"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API token created on the API Tokens page (read-only or read-write)." },
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("basic", document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", document)] = [] },
                ];
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                AxlDefaults.Describe(schema, context.JsonTypeInfo);
                if (context.JsonPropertyInfo?.Name is "id")
                {
                    // Read-only: a client may send it back; it is ignored.
                    schema.ReadOnly = true;
                }

                if (context.JsonTypeInfo.Type == typeof(AxlSecret))
                {
                    schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
                    schema.WriteOnly = true;
                    schema.Description = "Write-only: never returned; left out, the stored value is kept; null clears it.";
                    schema.Properties?.Clear();
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        // The page's inline start-up script carries this request's CSP nonce (SecurityHeaders); fonts are the portal's, no CDN.
        app.MapScalarApiReference(PortalUrls.ApiReference, (options, context) => options.WithTitle("Mobility Admin Portal API")
                .WithOpenApiRoutePattern(DocumentPath).WithNonce(Operations.SecurityHeaders.NonceOf(context)).DisableDefaultFonts())
            .RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        return app;
    }
}
