using System.Net;
using System.Text.RegularExpressions;

namespace AdminPortal.LoadTests;

/// <summary>
/// A markup block (a <c>MarkupString</c> or static HTML the compiler folded into one frame) as the browser inserts it:
/// its elements and texts, parsed, below the block's node, so that locators find them (the portal renders a Find and
/// List row's cells and a design review finding as one block: decision 024). The block stays one logical child for
/// the render batches' sibling indexes, as in the browser's logical tree. Enough HTML for the well-formed markup the
/// portal renders (quoted attributes, void and self-closed elements, character references), not a full parser.
/// </summary>
public static partial class RenderedMarkup
{
    private static readonly HashSet<string> VoidElements = new(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], StringComparer.Ordinal);

    public static RenderedNode Block(string html)
    {
        var block = new RenderedNode(RenderedNodeKind.Markup) { Content = html };
        var parent = block;
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            AddText(parent, html[position..tag.Index]);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                // Close the nearest open element of that name (and any left open inside it).
                for (var open = parent; open is not null && open != block; open = open.Parent)
                {
                    if (open.Name == name)
                    {
                        parent = open.Parent ?? block;
                        break;
                    }
                }

                continue;
            }

            var element = new RenderedNode(RenderedNodeKind.Element, name);
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                element.Attributes[attribute.Groups["name"].Value.ToLowerInvariant()] = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
            }

            parent.Insert(parent.Children.Count, element);
            if (!tag.Groups["self"].Success && !VoidElements.Contains(name))
            {
                parent = element;
            }
        }

        AddText(parent, html[position..]);
        return block;
    }

    private static void AddText(RenderedNode parent, string html)
    {
        if (html.Length > 0)
        {
            parent.Insert(parent.Children.Count, new RenderedNode(RenderedNodeKind.Text) { Content = WebUtility.HtmlDecode(html) });
        }
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>[^>]*?)(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s=/""']+)(?:\s*=\s*""(?<value>[^""]*)"")?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
