namespace AdminPortal.Web.Components.Shared;

/// <summary>A row of a Find and List page: enough to link to, copy and delete the object.</summary>
public interface IListRow
{
    int Id { get; }

    string Name { get; }
}
