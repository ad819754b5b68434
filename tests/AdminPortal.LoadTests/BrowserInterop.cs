using System.Collections.Concurrent;

namespace AdminPortal.LoadTests;

/// <summary>
/// The answers a browser that ran them would give to the JS interop calls the portal's components make (MudBlazor's
/// popovers, observers, key interceptors; Blazor's focus and page title), for the protocol client
/// (<see cref="BlazorProtocolClient"/>). A call whose result the component ignores is answered with success and
/// null, as a void function's; one whose result is read gets a plausible value (a viewport of 1400 × 1000, as the
/// Chromium harness's). Every identifier answered is counted, so a run can say which calls it saw.
/// </summary>
public static class BrowserInterop
{
    private const int Width = 1400;
    private const int Height = 1000;

    private static readonly ConcurrentDictionary<string, int> Seen = new(StringComparer.Ordinal);

    /// <summary>Each JS function called so far (all clients of the process), with how many times.</summary>
    public static IReadOnlyDictionary<string, int> Calls => Seen;

    /// <summary>The JSON of the result <paramref name="identifier"/> returns in a browser showing the page.</summary>
    public static string Answer(string identifier)
    {
        Seen.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        return identifier switch
        {
            // MudBlazor checks that its script is loaded (the page loads MudBlazor.min.js).
            "window.hasOwnProperty" => "true",
            // One MudPopoverProvider in the layout.
            "mudpopoverHelper.countProviders" => "1",
            "mudResizeListener.getBrowserWindowSize" => $$"""{"width":{{Width}},"height":{{Height}}}""",
            "mudElementRef.getBoundingClientRect" =>
                $$"""{"x":0,"y":0,"width":{{Width}},"height":40,"top":0,"left":0,"right":{{Width}},"bottom":40,"scrollX":0,"scrollY":0,"windowHeight":{{Height}},"windowWidth":{{Width}}}""",
            // The document's title before the page set its own: the portal's <title> is the page's (PageTitle).
            "Blazor._internal.PageTitle.getAndRemoveExistingTitle" => "null",
            // Everything else the portal calls returns nothing it reads: connect and disconnect interceptors,
            // popovers and blur handlers, focus, dark-mode watching, resize listening.
            _ => "null",
        };
    }
}
