using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExplicitIntegerDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "DelayBeforeRingingTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldDefaultValue: 4000);

            migrationBuilder.AlterColumn<int>(
                name: "AnswerTooSoonTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldDefaultValue: 1500);

            migrationBuilder.AlterColumn<int>(
                name: "AnswerTooLateTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldDefaultValue: 19000);

            migrationBuilder.AlterColumn<int>(
                name: "RemoteDestinationLimit",
                table: "EndUsers",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldDefaultValue: 4);

            migrationBuilder.AlterColumn<int>(
                name: "MaxDeskPickupWaitTime",
                table: "EndUsers",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldDefaultValue: 10000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "DelayBeforeRingingTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 4000,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "AnswerTooSoonTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1500,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "AnswerTooLateTimer",
                table: "RemoteDestinations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 19000,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "RemoteDestinationLimit",
                table: "EndUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 4,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "MaxDeskPickupWaitTime",
                table: "EndUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10000,
                oldClrType: typeof(int),
                oldType: "INTEGER");
        }
    }
}
