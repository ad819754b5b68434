using AdminPortal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddMobilityPortal();

var app = builder.Build();
app.UseMobilityPortal();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that test hosts can start the real app.</summary>
public partial class Program;
