namespace AdminPortal.Core.Common;

/// <summary>An object Unified CM identifies by a unique name.</summary>
public abstract class NamedEntity : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
    }
}
