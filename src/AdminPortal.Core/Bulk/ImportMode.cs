namespace AdminPortal.Core.Bulk;

/// <summary>What an import does with its rows once every row is checked (issue 12, point 2).</summary>
public enum ImportMode
{
    /// <summary>Every row checked as if the whole file were applied on top of the configuration; nothing written.</summary>
    DryRun,

    /// <summary>The default: one transaction under the cluster lock; any refused row means nothing is written.</summary>
    All,

    /// <summary>The refused rows are skipped and reported, the others written.</summary>
    ValidRows,
}
