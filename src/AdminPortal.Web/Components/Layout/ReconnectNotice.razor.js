// The buttons of the reconnect notice (ReconnectNotice.razor). Blazor shows and hides the notice by its classes.
const notice = document.getElementById("components-reconnect-modal");

notice?.addEventListener("click", async event => {
    switch (event.target.closest("[data-reconnect]")?.dataset.reconnect) {
        case "reload":
            location.reload();
            break;
        case "retry":
            // false: a server answered but no longer holds this page (restarted, or another instance): reload.
            if (!(await Blazor.reconnect()) && !(await Blazor.resumeCircuit())) {
                location.reload();
            }
            break;
        case "resume":
            if (!(await Blazor.resumeCircuit())) {
                location.reload();
            }
            break;
    }
});
