using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The remote destination file, set-based: the configuration's keys are read once (<see cref="ImportedDestinationFacts"/>),
/// every row is judged by the one <see cref="RemoteDestinationValidator"/> against them (no query per row), and the
/// accepted new rows are written in chunks by <see cref="DestinationWrites"/> (reserved ids, a prepared INSERT or a
/// binary COPY, the R2 counter once per chunk, the audit entries in bulk), each chunk by a writer task while the next
/// rows are judged. Updates and deletes, rare in a load, go
/// through the store's own save and delete inside the same transaction.
/// </summary>
internal sealed class DestinationImport(ImportRun run, ImportFile<AxlRemoteDestination, RemoteDestination> file)
{
    /// <summary>New rows held before they are written.</summary>
    public const int Chunk = 2_000;

    public async Task<ImportTypeCount> RunAsync(CancellationToken cancellation)
    {
        var db = run.Db;
        var facts = await ImportedDestinationFacts.LoadAsync(db, cancellation);
        var validator = new RemoteDestinationValidator(facts);
        var names = new ReferenceNames(db);
        await names.PreloadAsync<EndUser>(cancellation);
        await names.PreloadAsync<RemoteDestinationProfile>(cancellation);
        await names.PreloadAsync<Phone>(cancellation);
        await names.PreloadAsync<MobilityProfile>(cancellation);
        await names.PreloadAsync<AccessList>(cancellation);
        await names.PreloadAsync<Partition>(cancellation);
        await names.PreloadAsync<DirectoryNumber>(cancellation);
        var writes = new DestinationWrites(db, run.Actor, names, facts);
        names.BeforeQueryAsync = writes.WaitAsync;
        try
        {
            return await JudgeAsync(validator, names, facts, writes, cancellation);
        }
        finally
        {
            // Nothing may use the connection once the import leaves this file, even on a failure.
            await writes.SettleAsync();
        }
    }

    private async Task<ImportTypeCount> JudgeAsync(
        RemoteDestinationValidator validator, ReferenceNames names, ImportedDestinationFacts facts, DestinationWrites writes, CancellationToken cancellation)
    {
        var db = run.Db;

        int rows = 0, accepted = 0, added = 0, updated = 0, deleted = 0;
        await foreach (var row in file.Rows.WithCancellation(cancellation))
        {
            rows++;
            run.Report(file.Name, rows, writes.Written);
            if (row.CellErrors.Count > 0 || row.Resource is null && row.Action != BulkAction.Delete)
            {
                run.Errors.AddRange(row.CellErrors);
                run.Refused++;
                continue;
            }

            var storedId = facts.StoredIdOf(row.Key);
            if (row.Action is BulkAction.Update or BulkAction.Delete && storedId is null)
            {
                Refuse(row, [new FieldError("", $"There is no remote destination '{row.Key}'.")]);
                continue;
            }

            if (row.Action == BulkAction.Delete)
            {
                if (Writing)
                {
                    await writes.FlushAsync(cancellation);
                    await ConfigurationStore.DeleteWithinAsync<RemoteDestination>(db, run.Actor, [storedId!.Value], cancellation);
                }

                facts.Forget(storedId!.Value);
                accepted++;
                deleted++;
                continue;
            }

            names.Errors.Clear();
            var destination = await row.Resource!.ToEntityAsync(names, cancellation);
            if (names.Errors.Count > 0)
            {
                run.Refuse(file.Name, row.Row, row.Resource, field => field, file.ColumnOf, names.Errors);
                continue;
            }

            if (destination.OwnerId == 0 && string.IsNullOrWhiteSpace(row.Resource.OwnerUserId))
            {
                destination.OwnerId = facts.ImpliedOwner(destination);
            }

            // An explicit add of an existing number stays new, so R4 refuses it as a page would.
            var update = storedId is not null && row.Action != BulkAction.Add;
            destination.Id = update ? storedId!.Value : 0;
            destination.Normalize();
            var validation = await validator.ValidateAsync(destination, cancellation);
            if (!validation.IsValid)
            {
                Refuse(row, ConfigurationStore.FieldErrors(validation));
                continue;
            }

            facts.Accept(destination);
            accepted++;
            if (update)
            {
                updated++;
                if (Writing && await writes.UpdateAsync(destination, cancellation) is { Succeeded: false } refused)
                {
                    accepted--;
                    updated--;
                    Refuse(row, refused.Errors);
                }
            }
            else
            {
                added++;
                if (Writing)
                {
                    await writes.AddAsync(destination, cancellation);
                }
            }
        }

        if (Writing)
        {
            await writes.FlushAsync(cancellation);
        }

        // A chunk's failure fails the import even when a later refusal stopped the writing.
        await writes.WaitAsync(cancellation);
        run.ReportDone(file.Name, rows, writes.Written);
        return new ImportTypeCount(file.Name, file.ObjectType, rows, accepted, rows - accepted, added, updated, deleted);
    }

    // A dry run writes nothing of this file (nothing refers to a remote destination); all-or-nothing stops at its first refusal.
    private bool Writing => run.Mode == ImportMode.ValidRows || (run.Mode == ImportMode.All && run.Refused == 0);

    private void Refuse(ImportRow<AxlRemoteDestination> row, IReadOnlyList<FieldError> errors) =>
        run.Refuse(file.Name, row.Row, row.Resource, field => row.Resource?.FieldOf(field) ?? field, file.ColumnOf, errors);
}
