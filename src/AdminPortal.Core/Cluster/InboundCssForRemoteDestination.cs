namespace AdminPortal.Core.Cluster;

public enum InboundCssForRemoteDestination
{
    TrunkOrGatewayInboundCss,
    RemoteDestinationProfileAndLineCss,
}
