namespace AdminPortal.Core.Bulk;

/// <summary>
/// The engine's progress reports as a running job sees them, on the engine's own thread, never posted anywhere: the
/// rows checked and written so far over every file of the import (the engine counts per file), read a few times a
/// second by the runner.
/// </summary>
public sealed class ImportJobLatestProgress : IProgress<ImportProgress>
{
    private readonly Lock _lock = new();
    private string? _file;
    private int _checkedBefore;
    private int _writtenBefore;
    private int _checked;
    private int _written;

    public (int Checked, int Written) Rows
    {
        get
        {
            lock (_lock)
            {
                return (_checkedBefore + _checked, _writtenBefore + _written);
            }
        }
    }

    public void Report(ImportProgress value)
    {
        lock (_lock)
        {
            if (_file is not null && !string.Equals(_file, value.File, StringComparison.Ordinal))
            {
                _checkedBefore += _checked;
                _writtenBefore += _written;
            }

            _file = value.File;
            _checked = value.RowsChecked;
            _written = value.RowsWritten;
        }
    }
}
