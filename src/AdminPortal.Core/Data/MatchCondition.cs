namespace AdminPortal.Core.Data;

public enum MatchCondition
{
    BeginsWith,
    Contains,
    EndsWith,
    IsExactly,
}
