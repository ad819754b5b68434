using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// The options of an <see cref="OutlinedSelect"/> as one piece of markup (values and texts HTML-encoded), the chosen
/// one marked <c>selected</c>: one render tree frame instead of three per option, so that a 96-entry time picker
/// costs the renderer no more than a text (decision 024). A list made once (a static field) is shared by every
/// circuit; its markup is built once per chosen value.
/// </summary>
public sealed class OptionList
{
    private readonly (string Value, string Text)[] _options;
    private readonly ConcurrentDictionary<string, MarkupString> _markup = new(StringComparer.Ordinal);

    public OptionList(IEnumerable<(string Value, string Text)> options) => _options = [.. options];

    /// <summary>The options with <paramref name="chosen"/> selected (none when it is not among them).</summary>
    public MarkupString Markup(string? chosen)
    {
        var key = chosen is not null && Array.Exists(_options, o => o.Value == chosen) ? chosen : "\0";
        return _markup.GetOrAdd(key, Build);
    }

    private MarkupString Build(string chosen)
    {
        var html = new StringBuilder();
        foreach (var (value, text) in _options)
        {
            html.Append("<option value=\"").Append(MarkupText.Encode(value)).Append('"')
                .Append(value == chosen ? " selected>" : ">")
                .Append(MarkupText.Encode(text)).Append("</option>");
        }

        return new MarkupString(html.ToString());
    }
}
