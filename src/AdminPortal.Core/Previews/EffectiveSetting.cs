namespace AdminPortal.Core.Previews;

/// <summary>
/// One row of the device mobility preview's settings table. <see cref="Home"/> is the home pool's value,
/// <see cref="Effective"/> the value in effect (null with <see cref="SettingSource.Device"/>: the device's own
/// setting, which the portal does not hold); a null value otherwise means None.
/// </summary>
public sealed record EffectiveSetting(string Name, SettingKind Kind, string? Home, string? Effective, SettingSource Source);
