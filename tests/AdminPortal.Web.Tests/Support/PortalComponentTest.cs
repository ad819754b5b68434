using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Web.Accounts;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using AdminPortal.Core.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// bUnit base: the portal's own services (<see cref="MobilityPortal.AddMobilityPortal(IServiceCollection, IConfiguration)"/>,
/// as <c>Program</c> registers them), with only what a test must replace: the database (a SQLite file seeded with the
/// design guide's example), who is signed in (bUnit's authorization, an administrator unless a test says otherwise)
/// and the Self Care user. MudBlazor's JS interop is loose. Pages render inside MudBlazor's popover and dialog
/// providers, as in the app's layout.
/// </summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    protected PortalComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddMobilityPortal(configuration);
        Services.AddSingleton<IDbContextFactory<PortalDbContext>>(Database);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("admin");
        Authorization.SetRoles(PortalRoles.Administrator);
        Services.AddSingleton<ISelfCareUser>(SelfCareUser);
    }

    /// <summary>Who the Self Care pages see as signed in; nobody until a test sets it.</summary>
    protected FakeSelfCareUser SelfCareUser { get; } = new();

    protected SqliteTestDatabase Database { get; } = new();

    /// <summary>Who the pages see as signed in (an administrator unless a test says otherwise).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    protected ConfigurationStore Store => Database.Store;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var db = Database.CreateDbContext();
        await DemoData.SeedAsync(db);
        foreach (var role in PortalRoles.All)
        {
            await Services.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Renders a page at its address (so query parameters bind) inside the providers.</summary>
    protected IRenderedComponent<PageHost> RenderPage<TPage>(string url, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<PageHost>(host => host.AddChildContent(parameters ?? (_ => { })));
    }

    protected static void Type(IRenderedComponent<PageHost> cut, string field, string value) =>
        cut.Find($"input[data-field='{field}']").Change(value);

    /// <summary>
    /// Picks a value in a MudSelect, or a user in an owner picker (<c>EndUserPicker</c>), as a click on its item would
    /// (popovers do not open in bUnit).
    /// </summary>
    protected static Task Choose(IRenderedComponent<PageHost> cut, string field, int id)
    {
        var picker = cut.FindComponents<MudBlazor.MudAutocomplete<AdminPortal.Core.Data.Choice>>()
            .SingleOrDefault(s => s.Instance.UserAttributes.TryGetValue("data-field", out var f) && Equals(f, field));
        if (picker is not null)
        {
            return cut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new AdminPortal.Core.Data.Choice(id, $"#{id}")));
        }

        var select = cut.FindComponents<MudBlazor.MudSelect<int>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-field", out var f) && Equals(f, field));
        return cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(id));
    }

    /// <summary>Ticks or clears a check box as a click would.</summary>
    protected static Task Check(IRenderedComponent<PageHost> cut, string field, bool value)
    {
        var box = cut.FindComponents<MudBlazor.MudCheckBox<bool>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-field", out var f) && Equals(f, field));
        return cut.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(value));
    }

    /// <summary>Picks a value in any MudSelect identified by its data-field.</summary>
    protected static Task ChooseValue<TValue>(IRenderedComponent<PageHost> cut, string field, TValue value)
    {
        var select = cut.FindComponents<MudBlazor.MudSelect<TValue>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-field", out var f) && Equals(f, field));
        return cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    /// <summary>Picks an option of a native select (<c>OutlinedSelect</c>) identified by its data-field, as the browser's change event does.</summary>
    protected static void PickOption(IRenderedComponent<PageHost> cut, string field, string value) =>
        cut.Find($"select[data-field='{field}']").Change(value);

    /// <summary>The text of the option a native select shows as chosen.</summary>
    protected static string? ChosenOption(IRenderedComponent<PageHost> cut, string field) =>
        cut.Find($"select[data-field='{field}']").QuerySelector("option[selected]")?.TextContent;

    /// <summary>Clicks the n-th radio group's option (as the page orders its groups).</summary>
    protected static Task ChooseRadio<TValue>(IRenderedComponent<PageHost> cut, TValue value, int group = 0)
    {
        var radios = cut.FindComponents<MudBlazor.MudRadioGroup<TValue>>()[group];
        return cut.InvokeAsync(() => radios.Instance.ValueChanged.InvokeAsync(value));
    }

    /// <summary>The message shown under a field, or null.</summary>
    protected static string? ErrorNextTo(IRenderedComponent<PageHost> cut, string field)
    {
        var control = cut.Find($"input[data-field='{field}']").Closest(".mud-input-control");
        return control?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } text ? text : null;
    }

    protected static void Click(IRenderedComponent<PageHost> cut, string test) => cut.Find($"[data-test='{test}']").Click();

    /// <summary>Answers OK in the confirmation dialog.</summary>
    protected static void Confirm(IRenderedComponent<PageHost> cut) =>
        cut.WaitForElements(".mud-dialog button").Single(b => b.TextContent.Trim() == "OK").Click();

    protected string CurrentUrl => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Opens an object's configuration page and waits until a field shows the stored value.</summary>
    protected async Task<IRenderedComponent<PageHost>> OpenEditAsync<TPage, TEntity>(
        string listUrl, System.Linq.Expressions.Expression<Func<TPage, int?>> idParameter, Func<TEntity, bool> match, string field, string expected)
        where TPage : IComponent
        where TEntity : Core.Common.Entity
    {
        var id = await IdOfAsync(match);
        var cut = RenderPage<TPage>($"{listUrl}/{id}", p => p.Add(idParameter, id));
        cut.WaitForAssertion(() => Assert.Equal(expected, cut.Find($"input[data-field='{field}']").GetAttribute("value")));
        return cut;
    }

    protected async Task<int> IdOfAsync<T>(Func<T, bool> match)
        where T : Core.Common.Entity
    {
        await using var db = Database.CreateDbContext();
        return (await db.Set<T>().AsNoTracking().ToListAsync()).Single(match).Id;
    }
}
