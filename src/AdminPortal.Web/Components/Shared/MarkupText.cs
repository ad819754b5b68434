using System.Net;
using System.Text;

namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// Text written into markup that a component renders as one <see cref="Microsoft.AspNetCore.Components.MarkupString"/>
/// instead of a render tree frame per element, attribute and text (the Find and List rows, the design review's
/// findings, a select's options: decision 024). Every value from data goes through <see cref="Encode"/>, so a name
/// such as <c>&lt;b&gt;"x"&amp;</c> shows as typed and never becomes markup.
/// </summary>
public static class MarkupText
{
    /// <summary>The text with &amp;, &lt;, &gt;, " and ' as character references (the framework's <see cref="WebUtility.HtmlEncode(string?)"/>): safe as element content and as a quoted attribute value.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text) ?? "";

    /// <summary>Appends <c>&lt;a href class data-test aria-label&gt;text&lt;/a&gt;</c>, every value but the classes encoded.</summary>
    public static StringBuilder AppendLink(this StringBuilder html, string href, string classes, string text, string? test = null, string? ariaLabel = null)
    {
        html.Append("<a href=\"").Append(Encode(href)).Append("\" class=\"").Append(classes).Append('"');
        if (test is not null)
        {
            html.Append(" data-test=\"").Append(Encode(test)).Append('"');
        }

        if (ariaLabel is not null)
        {
            html.Append(" aria-label=\"").Append(Encode(ariaLabel)).Append('"');
        }

        return html.Append('>').Append(Encode(text)).Append("</a>");
    }
}
