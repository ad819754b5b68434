using System.Linq.Expressions;
using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Rules;

/// <summary>
/// R9: mobility identities (and dial via office) only on dual-mode smartphones, not tablets (SRND L1916, L1856).
/// The device types are written once, as an expression that queries use and that is compiled for in-memory checks.
/// </summary>
public static class DualModeSmartphones
{
    /// <summary>R9: the device types that may carry a mobility identity: Cisco Dual Mode for iPhone or Android.</summary>
    public static readonly Expression<Func<DeviceType, bool>> Type =
        type => type == DeviceType.CiscoDualModeForIPhone || type == DeviceType.CiscoDualModeForAndroid;

    /// <summary>R9 over a phone, for queries: <c>db.Phones.Where(DualModeSmartphones.Phone)</c>.</summary>
    public static readonly Expression<Func<Phone, bool>> Phone =
        ((Expression<Func<Phone, DeviceType>>)(p => p.DeviceType)).Then(Type);

    private static readonly Func<DeviceType, bool> Compiled = Type.Compile();

    /// <summary>R9 in memory: true for the device types <see cref="Type"/> names.</summary>
    public static bool Is(DeviceType type) => Compiled(type);
}
