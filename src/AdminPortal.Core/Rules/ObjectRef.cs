using AdminPortal.Core.Common;

namespace AdminPortal.Core.Rules;

/// <summary>An object a finding is about, for its link: the kind (an entity type), its id and its name.</summary>
public sealed record ObjectRef(Type Kind, int Id, string Name)
{
    public string Label => ObjectLabels.For(Kind);

    public override string ToString() => $"{Label} {Name}";
}
