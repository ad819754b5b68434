namespace AdminPortal.Core.Bulk;

/// <summary>
/// Where uploaded import files wait for their job (an absolute path): <c>Bulk:JobFolder</c>, or <see cref="DefaultName"/>
/// beside the database. A file is deleted when its job finishes.
/// </summary>
public sealed record ImportJobFolder(string Path)
{
    public const string Setting = "Bulk:JobFolder";

    public const string DefaultName = "import-jobs";

    public string FileOf(string jobId) => System.IO.Path.Combine(Path, jobId + ".upload");
}
