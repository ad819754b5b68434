using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AdminPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AarGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AarGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallingSearchSpaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallingSearchSpaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClusterGuards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RemoteDestinationCount = table.Column<int>(type: "integer", nullable: false),
                    WriteSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterGuards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClusterMobilitySettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MatchingCallerIdWithRemoteDestination = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartialMatchDigits = table.Column<int>(type: "integer", nullable: false),
                    EnableMobileVoiceAccess = table.Column<bool>(type: "boolean", nullable: false),
                    EnableEnterpriseFeatureAccess = table.Column<bool>(type: "boolean", nullable: false),
                    SystemRemoteAccessBlockedNumbers = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    RerouteRemoteDestinationCallsToEnterpriseNumber = table.Column<bool>(type: "boolean", nullable: false),
                    RingAllSharedLines = table.Column<bool>(type: "boolean", nullable: false),
                    IgnoreCallForwardAllOnEnterpriseDn = table.Column<bool>(type: "boolean", nullable: false),
                    SessionHandoffAlertingTimerSeconds = table.Column<int>(type: "integer", nullable: false),
                    InboundCallingSearchSpaceForRemoteDestination = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VoicemailSelectionPolicy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ForwardNoAnswerTimerSeconds = table.Column<int>(type: "integer", nullable: false),
                    DeviceMobilityMode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HoldCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExclusiveHoldCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResumeCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TransferCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ConferenceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SessionHandoffCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MobileVoiceAccessNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    EnterpriseFeatureAccessNumbers = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    HandoffNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    RemoteAccessSubnets = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterMobilitySettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DateTimeGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateTimeGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviceMobilityGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceMobilityGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviceMobilityInfos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Subnet = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    SubnetMaskSize = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceMobilityInfos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LocalRouteGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalRouteGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Locations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaResourceGroupLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaResourceGroupLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MobilityProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    MobileClientCallingOption = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DialViaOfficeReverseCallbackCallerId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MobilityProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MohAudioSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MohAudioSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkLocales",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkLocales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhysicalLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhysicalLocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SrstReferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SrstReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnifiedCmGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnifiedCmGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryNumbers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Pattern = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PartitionId = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryNumbers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryNumbers_Partitions_PartitionId",
                        column: x => x.PartitionId,
                        principalTable: "Partitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PstnAccessCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PhysicalLocationId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sites_PhysicalLocations_PhysicalLocationId",
                        column: x => x.PhysicalLocationId,
                        principalTable: "PhysicalLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevicePools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    UnifiedCmGroupId = table.Column<int>(type: "integer", nullable: false),
                    ConnectionMonitorDuration = table.Column<int>(type: "integer", nullable: false),
                    LocalRouteGroupId = table.Column<int>(type: "integer", nullable: true),
                    DateTimeGroupId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    MediaResourceGroupListId = table.Column<int>(type: "integer", nullable: true),
                    LocationId = table.Column<int>(type: "integer", nullable: true),
                    NetworkLocaleId = table.Column<int>(type: "integer", nullable: true),
                    SrstReferenceId = table.Column<int>(type: "integer", nullable: false),
                    PhysicalLocationId = table.Column<int>(type: "integer", nullable: true),
                    DeviceMobilityGroupId = table.Column<int>(type: "integer", nullable: true),
                    DeviceMobilityCssId = table.Column<int>(type: "integer", nullable: true),
                    AarCssId = table.Column<int>(type: "integer", nullable: true),
                    AarGroupId = table.Column<int>(type: "integer", nullable: true),
                    CallingPartyTransformationCssId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevicePools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevicePools_AarGroups_AarGroupId",
                        column: x => x.AarGroupId,
                        principalTable: "AarGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_CallingSearchSpaces_AarCssId",
                        column: x => x.AarCssId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_CallingSearchSpaces_CallingPartyTransformationC~",
                        column: x => x.CallingPartyTransformationCssId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_CallingSearchSpaces_DeviceMobilityCssId",
                        column: x => x.DeviceMobilityCssId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_DateTimeGroups_DateTimeGroupId",
                        column: x => x.DateTimeGroupId,
                        principalTable: "DateTimeGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_DeviceMobilityGroups_DeviceMobilityGroupId",
                        column: x => x.DeviceMobilityGroupId,
                        principalTable: "DeviceMobilityGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_LocalRouteGroups_LocalRouteGroupId",
                        column: x => x.LocalRouteGroupId,
                        principalTable: "LocalRouteGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_MediaResourceGroupLists_MediaResourceGroupListId",
                        column: x => x.MediaResourceGroupListId,
                        principalTable: "MediaResourceGroupLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_NetworkLocales_NetworkLocaleId",
                        column: x => x.NetworkLocaleId,
                        principalTable: "NetworkLocales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_PhysicalLocations_PhysicalLocationId",
                        column: x => x.PhysicalLocationId,
                        principalTable: "PhysicalLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_SrstReferences_SrstReferenceId",
                        column: x => x.SrstReferenceId,
                        principalTable: "SrstReferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevicePools_UnifiedCmGroups_UnifiedCmGroupId",
                        column: x => x.UnifiedCmGroupId,
                        principalTable: "UnifiedCmGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviceMobilityInfoDevicePools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceMobilityInfoId = table.Column<int>(type: "integer", nullable: false),
                    DevicePoolId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceMobilityInfoDevicePools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceMobilityInfoDevicePools_DeviceMobilityInfos_DeviceMob~",
                        column: x => x.DeviceMobilityInfoId,
                        principalTable: "DeviceMobilityInfos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviceMobilityInfoDevicePools_DevicePools_DevicePoolId",
                        column: x => x.DevicePoolId,
                        principalTable: "DevicePools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccessListMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccessListId = table.Column<int>(type: "integer", nullable: false),
                    FilterType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NumberMask = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessListMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccessLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    IsAllowedType = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EndUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MailId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    TelephoneNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MobileNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Pin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EnableMobility = table.Column<bool>(type: "boolean", nullable: false),
                    EnableMobileVoiceAccess = table.Column<bool>(type: "boolean", nullable: false),
                    MaxDeskPickupWaitTime = table.Column<int>(type: "integer", nullable: false),
                    RemoteDestinationLimit = table.Column<int>(type: "integer", nullable: false),
                    PrimaryDeviceId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Phones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    DeviceType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DevicePoolId = table.Column<int>(type: "integer", nullable: false),
                    DeviceMobilityMode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    EmergencyNumbers = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Phones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Phones_DevicePools_DevicePoolId",
                        column: x => x.DevicePoolId,
                        principalTable: "DevicePools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Phones_EndUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "EndUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemoteDestinationProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    DevicePoolId = table.Column<int>(type: "integer", nullable: false),
                    CallingSearchSpaceId = table.Column<int>(type: "integer", nullable: true),
                    ReroutingCallingSearchSpaceId = table.Column<int>(type: "integer", nullable: true),
                    CallingPartyTransformationCssId = table.Column<int>(type: "integer", nullable: true),
                    UseDevicePoolCallingPartyTransformationCss = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    UserHoldMohAudioSourceId = table.Column<int>(type: "integer", nullable: true),
                    NetworkHoldMohAudioSourceId = table.Column<int>(type: "integer", nullable: true),
                    Privacy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DoNotDisturbOption = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DoNotDisturbStatus = table.Column<bool>(type: "boolean", nullable: false),
                    IgnorePresentationIndicators = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteDestinationProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_CallingSearchSpaces_CallingPartyT~",
                        column: x => x.CallingPartyTransformationCssId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_CallingSearchSpaces_CallingSearch~",
                        column: x => x.CallingSearchSpaceId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_CallingSearchSpaces_ReroutingCall~",
                        column: x => x.ReroutingCallingSearchSpaceId,
                        principalTable: "CallingSearchSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_DevicePools_DevicePoolId",
                        column: x => x.DevicePoolId,
                        principalTable: "DevicePools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_EndUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "EndUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_MohAudioSources_NetworkHoldMohAud~",
                        column: x => x.NetworkHoldMohAudioSourceId,
                        principalTable: "MohAudioSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfiles_MohAudioSources_UserHoldMohAudioS~",
                        column: x => x.UserHoldMohAudioSourceId,
                        principalTable: "MohAudioSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PhoneLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PhoneId = table.Column<int>(type: "integer", nullable: false),
                    DirectoryNumberId = table.Column<int>(type: "integer", nullable: false),
                    LineIndex = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhoneLines_DirectoryNumbers_DirectoryNumberId",
                        column: x => x.DirectoryNumberId,
                        principalTable: "DirectoryNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhoneLines_Phones_PhoneId",
                        column: x => x.PhoneId,
                        principalTable: "Phones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemoteDestinationProfileLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RemoteDestinationProfileId = table.Column<int>(type: "integer", nullable: false),
                    DirectoryNumberId = table.Column<int>(type: "integer", nullable: false),
                    LineIndex = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteDestinationProfileLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfileLines_DirectoryNumbers_DirectoryNum~",
                        column: x => x.DirectoryNumberId,
                        principalTable: "DirectoryNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationProfileLines_RemoteDestinationProfiles_Rem~",
                        column: x => x.RemoteDestinationProfileId,
                        principalTable: "RemoteDestinationProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemoteDestinations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DestinationNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CallerIdDigits = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, defaultValue: ""),
                    PartialMatchKey = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, defaultValue: ""),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    RemoteDestinationProfileId = table.Column<int>(type: "integer", nullable: true),
                    DualModeDeviceId = table.Column<int>(type: "integer", nullable: true),
                    IsMobilePhone = table.Column<bool>(type: "boolean", nullable: false),
                    EnableSingleNumberReach = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    EnableExtendAndConnect = table.Column<bool>(type: "boolean", nullable: false),
                    AnswerTooSoonTimer = table.Column<int>(type: "integer", nullable: false),
                    AnswerTooLateTimer = table.Column<int>(type: "integer", nullable: false),
                    DelayBeforeRingingTimer = table.Column<int>(type: "integer", nullable: false),
                    SingleNumberReachVoicemailPolicy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DialViaOfficeReverseVoicemailPolicy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MobilityProfileId = table.Column<int>(type: "integer", nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, defaultValue: "Etc/GMT"),
                    CallerFilter = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccessListId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteDestinations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemoteDestinations_AccessLists_AccessListId",
                        column: x => x.AccessListId,
                        principalTable: "AccessLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinations_EndUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "EndUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinations_MobilityProfiles_MobilityProfileId",
                        column: x => x.MobilityProfileId,
                        principalTable: "MobilityProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinations_Phones_DualModeDeviceId",
                        column: x => x.DualModeDeviceId,
                        principalTable: "Phones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinations_RemoteDestinationProfiles_RemoteDestinat~",
                        column: x => x.RemoteDestinationProfileId,
                        principalTable: "RemoteDestinationProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemoteDestinationLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RemoteDestinationId = table.Column<int>(type: "integer", nullable: false),
                    DirectoryNumberId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteDestinationLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationLines_DirectoryNumbers_DirectoryNumberId",
                        column: x => x.DirectoryNumberId,
                        principalTable: "DirectoryNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemoteDestinationLines_RemoteDestinations_RemoteDestination~",
                        column: x => x.RemoteDestinationId,
                        principalTable: "RemoteDestinations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RingSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RemoteDestinationId = table.Column<int>(type: "integer", nullable: false),
                    AllTheTime = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RingSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RingSchedules_RemoteDestinations_RemoteDestinationId",
                        column: x => x.RemoteDestinationId,
                        principalTable: "RemoteDestinations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RingScheduleEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RingScheduleId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartMinute = table.Column<int>(type: "integer", nullable: false),
                    EndMinute = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RingScheduleEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RingScheduleEntries_RingSchedules_RingScheduleId",
                        column: x => x.RingScheduleId,
                        principalTable: "RingSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "ClusterGuards",
                columns: new[] { "Id", "RemoteDestinationCount", "WriteSequence" },
                values: new object[] { 1, 0, 0L });

            migrationBuilder.InsertData(
                table: "ClusterMobilitySettings",
                columns: new[] { "Id", "ConferenceCode", "DeviceMobilityMode", "EnableEnterpriseFeatureAccess", "EnableMobileVoiceAccess", "EnterpriseFeatureAccessNumbers", "ExclusiveHoldCode", "ForwardNoAnswerTimerSeconds", "HandoffNumber", "HoldCode", "IgnoreCallForwardAllOnEnterpriseDn", "InboundCallingSearchSpaceForRemoteDestination", "MatchingCallerIdWithRemoteDestination", "MobileVoiceAccessNumber", "PartialMatchDigits", "RemoteAccessSubnets", "RerouteRemoteDestinationCallsToEnterpriseNumber", "ResumeCode", "RingAllSharedLines", "SessionHandoffAlertingTimerSeconds", "SessionHandoffCode", "SystemRemoteAccessBlockedNumbers", "TransferCode", "Version", "VoicemailSelectionPolicy" },
                values: new object[] { 1, "*85", "Off", false, false, null, "*82", 12, null, "*81", true, "TrunkOrGatewayInboundCss", "CompleteMatch", null, 10, null, false, "*83", true, 10, "*74", "", "*84", new Guid("6d1f3c52-2f0a-4c1e-9d7e-3b7f0b5a9e11"), "TimerControl" });

            migrationBuilder.CreateIndex(
                name: "IX_AarGroups_Name",
                table: "AarGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessListMembers_AccessListId_FilterType_NumberMask",
                table: "AccessListMembers",
                columns: new[] { "AccessListId", "FilterType", "NumberMask" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessLists_Name",
                table: "AccessLists",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessLists_OwnerId",
                table: "AccessLists",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CallingSearchSpaces_Name",
                table: "CallingSearchSpaces",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeGroups_Name",
                table: "DateTimeGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMobilityGroups_Name",
                table: "DeviceMobilityGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMobilityInfoDevicePools_DeviceMobilityInfoId_DevicePo~",
                table: "DeviceMobilityInfoDevicePools",
                columns: new[] { "DeviceMobilityInfoId", "DevicePoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMobilityInfoDevicePools_DevicePoolId",
                table: "DeviceMobilityInfoDevicePools",
                column: "DevicePoolId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMobilityInfos_Name",
                table: "DeviceMobilityInfos",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMobilityInfos_Subnet_SubnetMaskSize",
                table: "DeviceMobilityInfos",
                columns: new[] { "Subnet", "SubnetMaskSize" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_AarCssId",
                table: "DevicePools",
                column: "AarCssId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_AarGroupId",
                table: "DevicePools",
                column: "AarGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_CallingPartyTransformationCssId",
                table: "DevicePools",
                column: "CallingPartyTransformationCssId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_DateTimeGroupId",
                table: "DevicePools",
                column: "DateTimeGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_DeviceMobilityCssId",
                table: "DevicePools",
                column: "DeviceMobilityCssId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_DeviceMobilityGroupId",
                table: "DevicePools",
                column: "DeviceMobilityGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_LocalRouteGroupId",
                table: "DevicePools",
                column: "LocalRouteGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_LocationId",
                table: "DevicePools",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_MediaResourceGroupListId",
                table: "DevicePools",
                column: "MediaResourceGroupListId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_Name",
                table: "DevicePools",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_NetworkLocaleId",
                table: "DevicePools",
                column: "NetworkLocaleId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_PhysicalLocationId",
                table: "DevicePools",
                column: "PhysicalLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_RegionId",
                table: "DevicePools",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_SiteId",
                table: "DevicePools",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_SrstReferenceId",
                table: "DevicePools",
                column: "SrstReferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_DevicePools_UnifiedCmGroupId",
                table: "DevicePools",
                column: "UnifiedCmGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryNumbers_PartitionId",
                table: "DirectoryNumbers",
                column: "PartitionId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryNumbers_Pattern_PartitionId",
                table: "DirectoryNumbers",
                columns: new[] { "Pattern", "PartitionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EndUsers_PrimaryDeviceId",
                table: "EndUsers",
                column: "PrimaryDeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_EndUsers_UserId",
                table: "EndUsers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalRouteGroups_Name",
                table: "LocalRouteGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locations_Name",
                table: "Locations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaResourceGroupLists_Name",
                table: "MediaResourceGroupLists",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MobilityProfiles_Name",
                table: "MobilityProfiles",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MohAudioSources_Name",
                table: "MohAudioSources",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkLocales_Name",
                table: "NetworkLocales",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partitions_Name",
                table: "Partitions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneLines_DirectoryNumberId",
                table: "PhoneLines",
                column: "DirectoryNumberId");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneLines_PhoneId_LineIndex",
                table: "PhoneLines",
                columns: new[] { "PhoneId", "LineIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Phones_DevicePoolId",
                table: "Phones",
                column: "DevicePoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Phones_Name",
                table: "Phones",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Phones_OwnerId",
                table: "Phones",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PhysicalLocations_Name",
                table: "PhysicalLocations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationLines_DirectoryNumberId",
                table: "RemoteDestinationLines",
                column: "DirectoryNumberId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationLines_RemoteDestinationId_DirectoryNumberId",
                table: "RemoteDestinationLines",
                columns: new[] { "RemoteDestinationId", "DirectoryNumberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfileLines_DirectoryNumberId",
                table: "RemoteDestinationProfileLines",
                column: "DirectoryNumberId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfileLines_RemoteDestinationProfileId_Li~",
                table: "RemoteDestinationProfileLines",
                columns: new[] { "RemoteDestinationProfileId", "LineIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_CallingPartyTransformationCssId",
                table: "RemoteDestinationProfiles",
                column: "CallingPartyTransformationCssId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_CallingSearchSpaceId",
                table: "RemoteDestinationProfiles",
                column: "CallingSearchSpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_DevicePoolId",
                table: "RemoteDestinationProfiles",
                column: "DevicePoolId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_Name",
                table: "RemoteDestinationProfiles",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_NetworkHoldMohAudioSourceId",
                table: "RemoteDestinationProfiles",
                column: "NetworkHoldMohAudioSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_ReroutingCallingSearchSpaceId",
                table: "RemoteDestinationProfiles",
                column: "ReroutingCallingSearchSpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_UserHoldMohAudioSourceId",
                table: "RemoteDestinationProfiles",
                column: "UserHoldMohAudioSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinationProfiles_UserId",
                table: "RemoteDestinationProfiles",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_AccessListId",
                table: "RemoteDestinations",
                column: "AccessListId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_DestinationNumber",
                table: "RemoteDestinations",
                column: "DestinationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_DualModeDeviceId",
                table: "RemoteDestinations",
                column: "DualModeDeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_MobilityProfileId",
                table: "RemoteDestinations",
                column: "MobilityProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_OwnerId",
                table: "RemoteDestinations",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_PartialMatchKey",
                table: "RemoteDestinations",
                column: "PartialMatchKey");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteDestinations_RemoteDestinationProfileId",
                table: "RemoteDestinations",
                column: "RemoteDestinationProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_RingScheduleEntries_RingScheduleId_Day",
                table: "RingScheduleEntries",
                columns: new[] { "RingScheduleId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RingSchedules_RemoteDestinationId",
                table: "RingSchedules",
                column: "RemoteDestinationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sites_Name",
                table: "Sites",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sites_PhysicalLocationId",
                table: "Sites",
                column: "PhysicalLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_SrstReferences_Name",
                table: "SrstReferences",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnifiedCmGroups_Name",
                table: "UnifiedCmGroups",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AccessListMembers_AccessLists_AccessListId",
                table: "AccessListMembers",
                column: "AccessListId",
                principalTable: "AccessLists",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AccessLists_EndUsers_OwnerId",
                table: "AccessLists",
                column: "OwnerId",
                principalTable: "EndUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EndUsers_Phones_PrimaryDeviceId",
                table: "EndUsers",
                column: "PrimaryDeviceId",
                principalTable: "Phones",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Phones_EndUsers_OwnerId",
                table: "Phones");

            migrationBuilder.DropTable(
                name: "AccessListMembers");

            migrationBuilder.DropTable(
                name: "ClusterGuards");

            migrationBuilder.DropTable(
                name: "ClusterMobilitySettings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeviceMobilityInfoDevicePools");

            migrationBuilder.DropTable(
                name: "PhoneLines");

            migrationBuilder.DropTable(
                name: "RemoteDestinationLines");

            migrationBuilder.DropTable(
                name: "RemoteDestinationProfileLines");

            migrationBuilder.DropTable(
                name: "RingScheduleEntries");

            migrationBuilder.DropTable(
                name: "DeviceMobilityInfos");

            migrationBuilder.DropTable(
                name: "DirectoryNumbers");

            migrationBuilder.DropTable(
                name: "RingSchedules");

            migrationBuilder.DropTable(
                name: "Partitions");

            migrationBuilder.DropTable(
                name: "RemoteDestinations");

            migrationBuilder.DropTable(
                name: "AccessLists");

            migrationBuilder.DropTable(
                name: "MobilityProfiles");

            migrationBuilder.DropTable(
                name: "RemoteDestinationProfiles");

            migrationBuilder.DropTable(
                name: "MohAudioSources");

            migrationBuilder.DropTable(
                name: "EndUsers");

            migrationBuilder.DropTable(
                name: "Phones");

            migrationBuilder.DropTable(
                name: "DevicePools");

            migrationBuilder.DropTable(
                name: "AarGroups");

            migrationBuilder.DropTable(
                name: "CallingSearchSpaces");

            migrationBuilder.DropTable(
                name: "DateTimeGroups");

            migrationBuilder.DropTable(
                name: "DeviceMobilityGroups");

            migrationBuilder.DropTable(
                name: "LocalRouteGroups");

            migrationBuilder.DropTable(
                name: "Locations");

            migrationBuilder.DropTable(
                name: "MediaResourceGroupLists");

            migrationBuilder.DropTable(
                name: "NetworkLocales");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "Sites");

            migrationBuilder.DropTable(
                name: "SrstReferences");

            migrationBuilder.DropTable(
                name: "UnifiedCmGroups");

            migrationBuilder.DropTable(
                name: "PhysicalLocations");
        }
    }
}
