namespace PureConnect.Replay.Export;

/// <summary>The folder an export writes to: created if missing; one with anything in it is refused unless overwriting is asked for.</summary>
public static class ExportFolder
{
    public static readonly IReadOnlyList<string> DataSets = [EventRow.DataSet, ExportRun.AgentDayDataSet, ExportRun.WorkgroupDataSet];

    /// <summary>Makes <paramref name="folder"/> ready, or says why it cannot be written to.</summary>
    /// <param name="overwrite">Replace the data sets of an earlier export in it (only those folders are removed).</param>
    public static string? Prepare(string folder, bool overwrite)
    {
        try
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                if (!overwrite)
                {
                    return $"The folder {folder} is not empty: give an empty or new folder, or --overwrite to replace an earlier export in it.";
                }

                foreach (var dataSet in DataSets.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
                {
                    Directory.Delete(dataSet, recursive: true);
                }
            }

            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".replay-write-test-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Cannot write to {folder}: {ex.Message}";
        }
    }
}
