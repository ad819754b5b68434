namespace AdminPortal.Core.Cluster;

public enum SystemDeviceMobilityMode
{
    Off,
    On,
}
