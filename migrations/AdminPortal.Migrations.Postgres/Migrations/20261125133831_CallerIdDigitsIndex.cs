using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CallerIdDigitsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_CallerIdDigits",
                table: "RemoteDestinations",
                column: "CallerIdDigits");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RemoteDestinations_CallerIdDigits",
                table: "RemoteDestinations");
        }
    }
}
