using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DesignRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CallerIdDigits",
                table: "RemoteDestinations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PartialMatchKey",
                table: "RemoteDestinations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RemoteAccessSubnets",
                table: "ClusterMobilitySettings",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClusterGuards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RemoteDestinationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WriteSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterGuards", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ClusterGuards",
                columns: new[] { "Id", "RemoteDestinationCount", "WriteSequence" },
                values: new object[] { 1, 0, 0L });

            migrationBuilder.UpdateData(
                table: "ClusterMobilitySettings",
                keyColumn: "Id",
                keyValue: 1,
                column: "RemoteAccessSubnets",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_PartialMatchKey",
                table: "RemoteDestinations",
                column: "PartialMatchKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterGuards");

            migrationBuilder.DropIndex(
                name: "IX_RemoteDestinations_PartialMatchKey",
                table: "RemoteDestinations");

            migrationBuilder.DropColumn(
                name: "CallerIdDigits",
                table: "RemoteDestinations");

            migrationBuilder.DropColumn(
                name: "PartialMatchKey",
                table: "RemoteDestinations");

            migrationBuilder.DropColumn(
                name: "RemoteAccessSubnets",
                table: "ClusterMobilitySettings");
        }
    }
}
