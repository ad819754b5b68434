using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace AdminPortal.LoadTests;

/// <summary>What the server sends a tab, answered as blazor.web.js answers it (RenderQueue, the JS interop dispatcher).</summary>
public sealed partial class BlazorProtocolClient
{
    private void Listen()
    {
        _hub.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (Document)
            {
                Document.AttachRoot(componentId);
            }
        });
        _hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        // .NET 10: (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            args => OnBeginInvokeJSAsync((long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!));
        _hub.On<string, bool, string?>("JS.EndInvokeDotNet", (callId, succeeded, result) =>
        {
            if (_dotNetCalls.TryRemove(callId, out var call))
            {
                if (!succeeded)
                {
                    _error($"event handler failed on the server: {result}");
                }

                call.TrySetResult(succeeded);
            }
        });
        // The root components are updated: the page shows them once their first batch is applied (OpenAsync waits for that).
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.On<int, bool>("JS.EndLocationChanging", (callId, proceed) =>
        {
            if (_locationChanging.TryRemove(callId, out var call))
            {
                call.TrySetResult(proceed);
            }
        });
        _hub.On<string>("JS.Error", message => _error($"circuit error: {message}"));
        _hub.On<int, byte[]>("JS.ReceiveByteArray", (_, _) => { });
        _hub.On<long>("JS.BeginTransmitStream", _ => { });
        _hub.Closed += failure =>
        {
            if (!_disposing)
            {
                _error($"connection closed by the server{(failure is null ? "" : ": " + failure.Message)}");
            }

            return Task.CompletedTask;
        };
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        if (batchId <= _lastBatch)
        {
            // A batch the server sent again (it had no acknowledgement): acknowledged again, as the browser does.
            await _hub.SendAsync("OnRenderCompleted", batchId, null);
            return;
        }

        string? failure = null;
        lock (Document)
        {
            try
            {
                if (batchId != (_lastBatch == 0 ? 2 : _lastBatch + 1))
                {
                    throw new InvalidOperationException($"render batch {batchId} arrived after batch {_lastBatch}");
                }

                RenderBatchReader.Apply(data, Document);
                _lastBatch = batchId;
                Batches++;
            }
            catch (Exception error) when (error is InvalidOperationException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                failure = error.Message;
            }
        }

        if (failure is not null)
        {
            _error($"render batch {batchId}: {failure}");
        }

        await _hub.SendAsync("OnRenderCompleted", batchId, failure);
        lock (Document)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(Document)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string? argsJson, int resultType)
    {
        string result;
        try
        {
            result = await RunJSAsync(identifier, argsJson);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or TimeoutException)
        {
            _error($"JS call {identifier}: {error.Message}");
            if (asyncHandle != 0)
            {
                await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, false, JsonSerializer.Serialize<object[]>([asyncHandle, false, error.Message]));
            }

            return;
        }

        if (asyncHandle != 0)
        {
            // JSCallResultType 3 (JSVoidResult): the browser sends null whatever the function returned.
            var value = resultType == 3 ? "null" : result;
            await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{value}]");
        }
    }

    /// <summary>The JS call's result as JSON: the framework's own calls change this tab's state; the rest are <see cref="BrowserInterop"/>'s.</summary>
    private async Task<string> RunJSAsync(string identifier, string? argsJson)
    {
        var args = string.IsNullOrEmpty(argsJson) ? [] : JsonSerializer.Deserialize<JsonElement[]>(argsJson) ?? [];
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                // (rendererId, the renderer's DotNetObjectReference, JS component parameters, initializers)
                Interlocked.Exchange(ref _interopObjectId, args[1].GetProperty("__dotNetObject").GetInt64());
                return "null";
            case "Blazor._internal.navigationManager.setHasLocationChangingListeners":
                _hasLocationChangingListeners = args[1].GetBoolean();
                return "null";
            case "Blazor._internal.navigationManager.navigateTo":
                // NavigationManager.NavigateTo on the server: the browser changes its address, then tells the circuit.
                var options = args.Length > 1 && args[1].ValueKind == JsonValueKind.Object ? args[1] : default;
                if (options.ValueKind == JsonValueKind.Object && options.TryGetProperty("forceLoad", out var force) && force.GetBoolean())
                {
                    throw new InvalidOperationException($"the server asked for a full page load of {args[0].GetString()}");
                }

                _ = Task.Run(() => ChangeLocationAsync(new Uri(new Uri(Location), args[0].GetString()).AbsoluteUri, intercepted: false, askFirst: false));
                return "null";
            case "Blazor._internal.navigationManager.getLocationHref":
                return JsonSerializer.Serialize(Location);
            case "Blazor._internal.navigationManager.getBaseURI":
                return JsonSerializer.Serialize(_baseUri);
            default:
                return BrowserInterop.Answer(identifier);
        }
    }
}
