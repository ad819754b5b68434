namespace AdminPortal.Core.Previews;

/// <summary>
/// A Device Mobility Info in the subnet map: the DMIs nested in its subnet are its children (address order).
/// <see cref="IsShadowed"/>: more specific DMIs cover every one of its addresses, so it never matches a device.
/// </summary>
public sealed record SubnetMapNode(int Id, string Name, string Prefix, bool IsShadowed, IReadOnlyList<SubnetMapNode> Children);
