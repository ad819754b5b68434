namespace AdminPortal.Web.Components.Pages.Admin;

public sealed record ObjectCount(string Group, string Label, int Count, string? Url);
