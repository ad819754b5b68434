namespace AdminPortal.Core.Cluster;

public enum CallerIdMatching
{
    CompleteMatch,
    PartialMatch,
}
