using AdminPortal.Core.Common;

namespace AdminPortal.Core.Catalogs;

/// <summary>Music On Hold Audio Source.</summary>
public sealed class MohAudioSource : NamedEntity;
