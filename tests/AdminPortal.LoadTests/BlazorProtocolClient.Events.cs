using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace AdminPortal.LoadTests;

/// <summary>What a person's click, typing and navigation send to the circuit, as blazor.web.js's event delegator sends them.</summary>
public sealed partial class BlazorProtocolClient
{
    private static readonly object ClickArgs = new
    {
        detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0,
        movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false, type = "click",
    };

    /// <summary>
    /// A left click on <paramref name="target"/>: the click's handlers from the element up (bubbling, unless a handler
    /// stops it), then, if it is on a link of the portal and nothing prevented the default, the in-circuit navigation
    /// blazor.web.js does for an intercepted link.
    /// </summary>
    public async Task ClickAsync(RenderedNode target)
    {
        var (dispatched, prevented, href) = Read(_ =>
        {
            var path = target.ElementAndAncestors().ToList();
            var handlers = new List<(ulong, int, string?)>();
            var stop = false;
            var preventDefault = false;
            foreach (var element in path)
            {
                preventDefault |= element.Attributes.ContainsKey("__internal_preventDefault_onclick");
                if (!stop && element.Handlers.TryGetValue("click", out var handler))
                {
                    handlers.Add((handler, element.RenderingComponentId, null));
                }

                stop |= element.Attributes.ContainsKey("__internal_stopPropagation_onclick");
            }

            var anchor = path.FirstOrDefault(e => e.Name == "a" && e["href"] is not null);
            return (handlers, preventDefault, anchor is null || anchor["target"] is "_blank" || anchor.Attributes.ContainsKey("download") ? null : anchor["href"]);
        });
        foreach (var (handler, componentId, _) in dispatched)
        {
            await DispatchAsync(handler, "click", componentId, null, ClickArgs);
        }

        if (!prevented && href is not null)
        {
            var absolute = new Uri(new Uri(Location), href).AbsoluteUri;
            if (absolute.StartsWith(_baseUri, StringComparison.Ordinal))
            {
                await ChangeLocationAsync(absolute, intercepted: true, askFirst: true);
            }
        }
    }

    /// <summary>Typing <paramref name="value"/> into a field (Playwright's fill): its input event, or its change event when it binds on change.</summary>
    public async Task FillAsync(RenderedNode input, string value)
    {
        var handlers = Read(_ => input.Handlers.ToDictionary());
        if (handlers.TryGetValue("input", out var onInput))
        {
            await DispatchAsync(onInput, "input", input.RenderingComponentId, value, new { value });
        }

        if (handlers.TryGetValue("change", out var onChange))
        {
            await DispatchAsync(onChange, "change", input.RenderingComponentId, value, new { value });
        }
    }

    /// <summary>A key pressed in a field: its keydown, keypress and keyup handlers, in that order.</summary>
    public async Task PressAsync(RenderedNode input, string key)
    {
        var handlers = Read(_ => input.Handlers.ToDictionary());
        foreach (var type in new[] { "keydown", "keypress", "keyup" })
        {
            if (handlers.TryGetValue(type, out var handler))
            {
                await DispatchAsync(handler, type, input.RenderingComponentId, null, new
                {
                    key, code = key, location = 0, repeat = false, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false, type, isComposing = false,
                });
            }
        }
    }

    /// <summary><c>Blazor.navigateTo(path)</c>: the navigation the Chromium harness does between pages.</summary>
    public Task NavigateAsync(string path) => ChangeLocationAsync(new Uri(new Uri(_baseUri), path.TrimStart('/')).AbsoluteUri, intercepted: false, askFirst: true);

    private async Task DispatchAsync(ulong handlerId, string eventName, int componentId, string? fieldValue, object eventArgs)
    {
        var interop = Interlocked.Read(ref _interopObjectId);
        if (interop < 0)
        {
            throw new InvalidOperationException("the server has not attached its renderer's interop object");
        }

        var descriptor = new
        {
            eventHandlerId = handlerId,
            eventName,
            eventFieldInfo = fieldValue is null ? null : new { componentId, fieldValue },
        };
        var callId = Interlocked.Increment(ref _nextCall).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _dotNetCalls[callId] = done;
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", interop, JsonSerializer.Serialize<object[]>([descriptor, eventArgs]));
    }

    private async Task ChangeLocationAsync(string uri, bool intercepted, bool askFirst)
    {
        if (askFirst && _hasLocationChangingListeners)
        {
            // A page with a navigation lock: the circuit decides first (JS.EndLocationChanging).
            var callId = Interlocked.Increment(ref _nextCall);
            var decided = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _locationChanging[callId] = decided;
            await _hub.SendAsync("OnLocationChanging", callId, uri, null, intercepted);
            if (!await decided.Task.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                return;
            }
        }

        Location = uri;
        await _hub.SendAsync("OnLocationChanged", uri, null, intercepted);
    }
}
