namespace AdminPortal.Core.Bulk;

/// <summary>
/// An end user row whose primary user device is a phone of the same import: users come before phones in the
/// dependency order (a phone's owner is a user), so the user is saved without it and the device set once every file
/// is in (<see cref="PrimaryDevices"/>).
/// </summary>
internal sealed record PrimaryDeviceLater(string File, int Row, string UserId, string DeviceName, Func<string, string> ColumnOf);
