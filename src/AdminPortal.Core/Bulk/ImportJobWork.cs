namespace AdminPortal.Core.Bulk;

/// <summary>
/// One queued job as the engine receives it: the uploaded file on the server's disk, its object type (a
/// <see cref="BulkObjectType.Slug"/>, or empty for an archive) and mode, and who started it (the audit entries name
/// them, with the job id).
/// </summary>
public sealed record ImportJobWork(string JobId, string Account, string FilePath, string FileName, string ObjectType, ImportMode Mode);
