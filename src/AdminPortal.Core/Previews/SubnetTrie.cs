namespace AdminPortal.Core.Previews;

/// <summary>
/// A binary trie over the bits of one address family, addresses left-aligned in a <see cref="UInt128"/> (IPv4 in
/// the top 32 bits). Node 0 is the root, the /0 prefix; each node has a child for bit 0 and one for bit 1, and the
/// entry of the prefix that ends there, if any. Built once, then only read: a look-up walks at most 32 (IPv4) or
/// 128 (IPv6) nodes whatever the number of prefixes, with no lock and no allocation.
/// </summary>
public sealed class SubnetTrie
{
    private const int None = -1;
    private static readonly UInt128 TopBit = UInt128.One << 127;

    private readonly int[] _zero;
    private readonly int[] _one;
    private readonly int[] _entry;

    private SubnetTrie(int width, int[] zero, int[] one, int[] entry)
    {
        Width = width;
        _zero = zero;
        _one = one;
        _entry = entry;
    }

    /// <summary>32 for IPv4, 128 for IPv6.</summary>
    public int Width { get; }

    public int NodeCount => _entry.Length;

    /// <summary>
    /// Builds the trie. A prefix given twice (the same network and mask, which R10 refuses) keeps its first entry.
    /// </summary>
    public static SubnetTrie Build(int width, IEnumerable<(UInt128 Network, int MaskSize, int Entry)> prefixes)
    {
        var zero = new List<int> { None };
        var one = new List<int> { None };
        var entry = new List<int> { None };
        foreach (var (network, maskSize, value) in prefixes)
        {
            var node = 0;
            var probe = TopBit;
            for (var bit = 0; bit < maskSize; bit++, probe >>= 1)
            {
                var children = (network & probe) == UInt128.Zero ? zero : one;
                if (children[node] == None)
                {
                    children[node] = entry.Count;
                    zero.Add(None);
                    one.Add(None);
                    entry.Add(None);
                }

                node = children[node];
            }

            if (entry[node] == None)
            {
                entry[node] = value;
            }
        }

        return new SubnetTrie(width, [.. zero], [.. one], [.. entry]);
    }

    /// <summary>The entry of the longest prefix containing the address, or -1.</summary>
    public int Longest(UInt128 address)
    {
        var node = 0;
        var best = _entry[0];
        var probe = TopBit;
        for (var bit = 0; bit < Width; bit++, probe >>= 1)
        {
            node = (address & probe) == UInt128.Zero ? _zero[node] : _one[node];
            if (node == None)
            {
                break;
            }

            if (_entry[node] != None)
            {
                best = _entry[node];
            }
        }

        return best;
    }

    /// <summary>
    /// Writes the entries of every prefix containing the address into <paramref name="into"/> (room for
    /// <see cref="Width"/> + 1), least specific first, and returns how many.
    /// </summary>
    public int Containing(UInt128 address, Span<int> into)
    {
        var count = 0;
        var node = 0;
        var probe = TopBit;
        for (var bit = 0; ; bit++, probe >>= 1)
        {
            if (_entry[node] != None)
            {
                into[count++] = _entry[node];
            }

            if (bit == Width)
            {
                break;
            }

            node = (address & probe) == UInt128.Zero ? _zero[node] : _one[node];
            if (node == None)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// The prefixes as a forest of nesting: each entry's children are the nearest entries below it, in address
    /// order. <paramref name="make"/> receives the entry, whether more specific entries cover every one of its
    /// addresses (so it can never be the longest match), and its children.
    /// </summary>
    public IReadOnlyList<TNode> Nesting<TNode>(Func<int, bool, IReadOnlyList<TNode>, TNode> make)
    {
        var roots = new List<TNode>();
        Walk(0, roots, make);
        return roots;
    }

    // Adds the nearest entries at or below the node to `into`; returns whether entries at or below it cover all of
    // its addresses. Depth is at most 128, so recursion is safe.
    private bool Walk<TNode>(int node, List<TNode> into, Func<int, bool, IReadOnlyList<TNode>, TNode> make)
    {
        var own = _entry[node] != None;
        var below = own ? new List<TNode>() : into;
        var zeroCovered = _zero[node] != None && Walk(_zero[node], below, make);
        var oneCovered = _one[node] != None && Walk(_one[node], below, make);
        var childrenCover = zeroCovered && oneCovered;
        if (own)
        {
            into.Add(make(_entry[node], childrenCover, below));
        }

        return own || childrenCover;
    }
}
