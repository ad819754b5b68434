using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchNameIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_Name",
                table: "RemoteDestinations",
                column: "Name");

            // Not in the model (EF Core has no index on an expression): "name begins with" on SQLite is also stated as a
            // range of lower(Name), which this index answers (FindRequest.Apply; decision 025).
            migrationBuilder.Sql("CREATE INDEX \"IX_RemoteDestinations_LowerName\" ON \"RemoteDestinations\" (lower(\"Name\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_RemoteDestinations_LowerName\";");

            migrationBuilder.DropIndex(
                name: "IX_RemoteDestinations_Name",
                table: "RemoteDestinations");
        }
    }
}
