namespace AdminPortal.LoadTests;

/// <summary>
/// The page one protocol client holds, built only from what the server sent: the root components it attached
/// (<c>JS.AttachComponent</c>) and the render batches applied to them (<see cref="RenderBatchReader"/>). It answers
/// the questions a person's eyes (or Playwright's locators) would: which rows are shown, what a field holds, which
/// handler a button has.
/// </summary>
public sealed class RenderedDocument
{
    private readonly Dictionary<int, RenderedNode> _components = [];
    private readonly Dictionary<ulong, (RenderedNode Element, string EventName)> _handlers = [];

    /// <summary>The root components' containers, in the order the server attached them.</summary>
    public List<RenderedNode> Roots { get; } = [];

    public int ComponentCount => _components.Count;

    /// <summary>A root component attached to the page (the browser puts it where its prerendered markers were).</summary>
    public void AttachRoot(int componentId)
    {
        var root = new RenderedNode(RenderedNodeKind.Root) { ComponentId = componentId };
        Roots.Add(root);
        _components[componentId] = root;
    }

    /// <summary>The container of a component, which must have been attached or inserted before it renders.</summary>
    public RenderedNode ComponentContainer(int componentId) =>
        _components.TryGetValue(componentId, out var node)
            ? node
            : throw new InvalidOperationException($"render batch updates component {componentId}, which is on no page");

    public void RegisterComponent(RenderedNode container) => _components[container.ComponentId] = container;

    public void DisposeComponent(int componentId) => _components.Remove(componentId);

    public void SetHandler(RenderedNode element, string eventName, ulong handlerId)
    {
        if (element.Handlers.TryGetValue(eventName, out var previous))
        {
            _handlers.Remove(previous);
        }

        element.Handlers[eventName] = handlerId;
        _handlers[handlerId] = (element, eventName);
    }

    public void RemoveHandler(RenderedNode element, string eventName)
    {
        if (element.Handlers.Remove(eventName, out var handlerId))
        {
            _handlers.Remove(handlerId);
        }
    }

    /// <summary>A handler the server disposed (its element left the page, or it was replaced): as the browser forgets it.</summary>
    public void DisposeHandler(ulong handlerId)
    {
        if (_handlers.Remove(handlerId, out var entry) && entry.Element.Handlers.TryGetValue(entry.EventName, out var current) && current == handlerId)
        {
            entry.Element.Handlers.Remove(entry.EventName);
        }
    }

    /// <summary>Every element on the page matching <paramref name="match"/>, in document order.</summary>
    public IEnumerable<RenderedNode> Find(Func<RenderedNode, bool> match) => Roots.SelectMany(r => r.Find(match));

    public RenderedNode? First(Func<RenderedNode, bool> match) => Find(match).FirstOrDefault();

    /// <summary>The elements carrying <c>data-test</c> = <paramref name="value"/>.</summary>
    public IEnumerable<RenderedNode> ByTest(string value) => Find(e => e["data-test"] == value);
}
