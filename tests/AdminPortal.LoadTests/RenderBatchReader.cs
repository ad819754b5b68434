using System.Buffers.Binary;
using System.Text;

namespace AdminPortal.LoadTests;

/// <summary>
/// Reads one of Blazor Server's binary render batches (the bytes of <c>JS.RenderBatch</c>) and applies it to a
/// <see cref="RenderedDocument"/> the way blazor.web.js's renderer applies it to the DOM: each updated component's
/// edits (insert, remove, set or remove an attribute or handler, update a text or markup block, step in and out,
/// permutations) against the batch's reference frames; then the disposed components and event handlers. The layout
/// (little-endian int32 sections, located by the last five int32s; a string table of length-prefixed UTF-8) is the
/// one the .NET 10 client reads (decision 022).
/// </summary>
public sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly byte[] _data;
    private readonly RenderedDocument _document;
    private readonly int _stringTable;
    private readonly int _frames;

    private RenderBatchReader(byte[] data, RenderedDocument document)
    {
        _data = data;
        _document = document;
        _stringTable = Int(data.Length - 4);
        _frames = Int(data.Length - 16) + 4;
    }

    /// <summary>Applies <paramref name="data"/> to <paramref name="document"/>.</summary>
    public static void Apply(byte[] data, RenderedDocument document) => new RenderBatchReader(data, document).Apply();

    private void Apply()
    {
        var updated = Int(_data.Length - 20);
        for (var i = 0; i < Int(updated); i++)
        {
            var diff = Int(updated + 4 + (i * 4));
            var componentId = Int(diff);
            var edits = diff + 4;
            ApplyEdits(componentId, _document.ComponentContainer(componentId), edits + 4, Int(edits));
        }

        var disposedComponents = Int(_data.Length - 12);
        for (var i = 0; i < Int(disposedComponents); i++)
        {
            _document.DisposeComponent(Int(disposedComponents + 4 + (i * 4)));
        }

        var disposedHandlers = Int(_data.Length - 8);
        for (var i = 0; i < Int(disposedHandlers); i++)
        {
            _document.DisposeHandler(BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(disposedHandlers + 4 + (i * 8))));
        }
    }

    private void ApplyEdits(int componentId, RenderedNode container, int edits, int count)
    {
        var parent = container;
        var depth = 0;
        var childIndex = 0;
        List<(int From, int To)>? permutation = null;
        for (var e = 0; e < count; e++)
        {
            var edit = edits + (e * EditSize);
            var sibling = childIndex + Int(edit + 4);
            switch (Int(edit))
            {
                case 1: // prepend frame
                    InsertFrame(componentId, parent, sibling, Int(edit + 8));
                    break;
                case 2: // remove frame
                    parent.RemoveAt(sibling);
                    break;
                case 3: // set attribute
                    ApplyAttribute(componentId, parent.Children[sibling], Frame(Int(edit + 8)));
                    break;
                case 4: // remove attribute
                    RemoveAttribute(parent.Children[sibling], String(Int(edit + 12))!);
                    break;
                case 5: // update text
                    parent.Children[sibling].Content = String(Int(Frame(Int(edit + 8)) + 4)) ?? "";
                    break;
                case 6: // step in
                    parent = parent.Children[sibling];
                    depth++;
                    childIndex = 0;
                    break;
                case 7: // step out
                    parent = parent.Parent ?? throw new InvalidOperationException("render batch stepped out of the page");
                    depth--;
                    childIndex = 0;
                    break;
                case 8: // update markup
                    parent.RemoveAt(sibling);
                    parent.Insert(sibling, RenderedMarkup.Block(String(Int(Frame(Int(edit + 8)) + 4)) ?? ""));
                    break;
                case 9: // permutation list entry
                    (permutation ??= []).Add((sibling, childIndex + Int(edit + 8)));
                    break;
                case 10: // permutation list end
                    Permute(parent, permutation ?? []);
                    permutation = null;
                    break;
                default:
                    throw new InvalidOperationException($"unknown render tree edit type {Int(edit)}");
            }
        }
    }

    /// <summary>Inserts the frame at <paramref name="frameIndex"/> (and its subtree) at <paramref name="index"/>; returns the children added.</summary>
    private int InsertFrame(int componentId, RenderedNode parent, int index, int frameIndex)
    {
        var frame = Frame(frameIndex);
        switch (Int(frame))
        {
            case 1: // element
                var element = new RenderedNode(RenderedNodeKind.Element, String(Int(frame + 8))!.ToLowerInvariant()) { RenderingComponentId = componentId };
                var end = frameIndex + Int(frame + 4);
                var child = frameIndex + 1;
                for (; child < end && Int(Frame(child)) == 3; child++)
                {
                    ApplyAttribute(componentId, element, Frame(child));
                }

                parent.Insert(index, element);
                InsertRange(componentId, element, 0, child, end);
                return 1;
            case 2: // text
                parent.Insert(index, new RenderedNode(RenderedNodeKind.Text) { Content = String(Int(frame + 4)) ?? "" });
                return 1;
            case 4: // component
                var container = new RenderedNode(RenderedNodeKind.Component) { ComponentId = Int(frame + 8) };
                parent.Insert(index, container);
                _document.RegisterComponent(container);
                return 1;
            case 5: // region: its children are the parent's
                return InsertRange(componentId, parent, index, frameIndex + 1, frameIndex + Int(frame + 4));
            case 8: // markup
                parent.Insert(index, RenderedMarkup.Block(String(Int(frame + 4)) ?? ""));
                return 1;
            case 6: // element reference capture: no node
            case 10: // named event: not used by a client
                return 0;
            default:
                throw new InvalidOperationException($"unexpected render tree frame type {Int(frame)}");
        }
    }

    private int InsertRange(int componentId, RenderedNode parent, int index, int start, int endExclusive)
    {
        var inserted = 0;
        for (var frameIndex = start; frameIndex < endExclusive; frameIndex++)
        {
            inserted += InsertFrame(componentId, parent, index + inserted, frameIndex);
            var type = Int(Frame(frameIndex));
            if (type is 1 or 4 or 5)
            {
                frameIndex += Int(Frame(frameIndex) + 4) - 1;
            }
        }

        return inserted;
    }

    private void ApplyAttribute(int componentId, RenderedNode element, int frame)
    {
        var name = String(Int(frame + 4))!;
        var handlerId = BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(frame + 12));
        if (handlerId != 0)
        {
            element.RenderingComponentId = componentId;
            _document.SetHandler(element, EventName(name), handlerId);
            return;
        }

        var value = String(Int(frame + 8));
        if (value is null)
        {
            element.Attributes.Remove(name);
        }
        else
        {
            element.Attributes[name] = value;
        }
    }

    private void RemoveAttribute(RenderedNode element, string name)
    {
        if (name.StartsWith("on", StringComparison.Ordinal) && element.Handlers.ContainsKey(EventName(name)))
        {
            _document.RemoveHandler(element, EventName(name));
        }
        else
        {
            element.Attributes.Remove(name);
        }
    }

    private static void Permute(RenderedNode parent, List<(int From, int To)> moves)
    {
        var before = parent.Children.ToArray();
        foreach (var (from, to) in moves)
        {
            parent.Children[to] = before[from];
        }
    }

    private static string EventName(string attribute) => attribute.StartsWith("on", StringComparison.Ordinal) ? attribute[2..] : attribute;

    private int Frame(int index) => _frames + (index * FrameSize);

    private int Int(int position) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(position));

    private string? String(int index)
    {
        if (index == -1)
        {
            return null;
        }

        var position = Int(_stringTable + (index * 4));
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _data[position++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(_data, position, length);
    }
}
