namespace AdminPortal.Core.Cluster;

public enum ClusterVoicemailSelectionPolicy
{
    TimerControl,
    UserControl,
}
