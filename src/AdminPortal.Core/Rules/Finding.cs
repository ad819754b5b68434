namespace AdminPortal.Core.Rules;

/// <summary>What the design review says about one place in the configuration: rule, message, objects concerned.</summary>
public sealed record Finding(DesignRule Rule, string Message, IReadOnlyList<ObjectRef> Objects)
{
    public FindingSeverity Severity => Rule.Severity;

    /// <summary>The advice: what the rule recommends or requires.</summary>
    public string Advice => Rule.Statement;

    public string Source => Rule.Source;

    public bool Concerns(Type kind, int id) => Objects.Any(o => o.Kind == kind && o.Id == id);
}
