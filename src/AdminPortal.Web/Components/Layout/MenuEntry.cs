namespace AdminPortal.Web.Components.Layout;

/// <summary>
/// One line of the portal's navigation menu: a link (<see cref="Href"/>) or a group of lines (<see cref="Children"/>),
/// open at first when <see cref="Expanded"/>. <see cref="Exact"/>: the link is shown active only on its own address,
/// not on the addresses below it.
/// </summary>
public sealed record MenuEntry(string Text, string? Href = null, string? Icon = null, bool Expanded = false, IReadOnlyList<MenuEntry>? Children = null, bool Exact = false)
{
    public bool IsGroup => Children is not null;

    /// <summary>The id of a group's list of links (the target of its toggle's aria-controls).</summary>
    public string MenuId => "menu-" + string.Concat(Text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>Whether this link is the current page (or, unless <see cref="Exact"/>, an address below it).</summary>
    public bool IsActiveAt(string path)
    {
        if (Href is null)
        {
            return false;
        }

        var href = Href.TrimEnd('/');
        var current = path.TrimEnd('/');
        return current.Equals(href, StringComparison.OrdinalIgnoreCase)
            || (!Exact && current.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase));
    }
}
