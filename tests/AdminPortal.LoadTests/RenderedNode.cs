using System.Text;

namespace AdminPortal.LoadTests;

/// <summary>What a node of the protocol client's tree stands for (the browser's logical DOM: decision 022).</summary>
public enum RenderedNodeKind
{
    /// <summary>A root component's place in the page (Blazor's root logical container).</summary>
    Root,

    /// <summary>A child component's place: its own rendered output becomes its children.</summary>
    Component,

    Element,

    Text,

    /// <summary>A markup block (static HTML the compiler folded into one frame, a MarkupString): its HTML, parsed into its children (RenderedMarkup).</summary>
    Markup,
}

/// <summary>
/// One node of the page as the browser's renderer would hold it: an element with its attributes and the ids of its
/// event handlers, a text, a markup block, or the logical container of a component. Children are indexed the way
/// Blazor's edits count siblings (a component or a markup block is one child).
/// </summary>
public sealed class RenderedNode(RenderedNodeKind kind, string name = "")
{
    public RenderedNodeKind Kind { get; } = kind;

    /// <summary>The element's tag, lower case.</summary>
    public string Name { get; } = name;

    /// <summary>The text of a text node, or the HTML of a markup block.</summary>
    public string Content { get; set; } = "";

    /// <summary>The component whose output this container holds (<see cref="RenderedNodeKind.Component"/> and roots).</summary>
    public int ComponentId { get; set; } = -1;

    /// <summary>The component that rendered this element (its events say so, as the browser's do).</summary>
    public int RenderingComponentId { get; set; } = -1;

    public RenderedNode? Parent { get; private set; }

    public List<RenderedNode> Children { get; } = [];

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name ("click", "input", "keyup"…) to the handler id the server gave it.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public void Insert(int index, RenderedNode child)
    {
        child.Parent = this;
        Children.Insert(Math.Min(index, Children.Count), child);
    }

    public RenderedNode RemoveAt(int index)
    {
        var child = Children[index];
        Children.RemoveAt(index);
        child.Parent = null;
        return child;
    }

    /// <summary>This node and every node below it, in document order.</summary>
    public IEnumerable<RenderedNode> DescendantsAndSelf()
    {
        var stack = new Stack<RenderedNode>();
        stack.Push(this);
        while (stack.TryPop(out var node))
        {
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>The elements below this node (not itself) matching <paramref name="match"/>, in document order.</summary>
    public IEnumerable<RenderedNode> Find(Func<RenderedNode, bool> match) =>
        DescendantsAndSelf().Skip(1).Where(n => n.Kind == RenderedNodeKind.Element && match(n));

    /// <summary>This element and its ancestors, nearest first (the way an event bubbles).</summary>
    public IEnumerable<RenderedNode> ElementAndAncestors()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.Kind == RenderedNodeKind.Element)
            {
                yield return node;
            }
        }
    }

    public bool HasClass(string cssClass) =>
        this["class"] is { } classes && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(cssClass, StringComparer.Ordinal);

    /// <summary>The text a person reads here: its texts (markup blocks' included), whitespace collapsed (as Playwright's text).</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var node in DescendantsAndSelf())
            {
                if (node.Kind == RenderedNodeKind.Text)
                {
                    text.Append(node.Content);
                }
            }

            return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    public override string ToString() => Kind == RenderedNodeKind.Element ? $"<{Name} {string.Join(' ', Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}>" : $"{Kind} {Content}";
}
