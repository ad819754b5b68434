namespace AdminPortal.Web.Api;

/// <summary>The API's authorization policies (registered with the API's authentication).</summary>
public static class ApiPolicies
{
    public const string Read = "ApiRead";

    public const string Write = "ApiWrite";

    public const string Me = "ApiMe";
}
