using System.Collections.Concurrent;

namespace PureConnect.Icws.ResponseManagement;

/// <summary>
/// Downloaded response libraries by id and <c>cacheTag</c>, shared by every session of the process: CIC hands out a new tag
/// with every change of a library (channels facts §6.1), so a library whose tag is known is not downloaded again — the
/// system-wide libraries once per change for all agents instead of once per agent and look-up. A handle without a tag is always
/// downloaded. Holds at most <see cref="Capacity"/> libraries; beyond that the least recently used go.
/// </summary>
public sealed class ResponseLibraryCache(int capacity = 500)
{
    private readonly ConcurrentDictionary<(string Id, string Tag), Entry> _entries = new();
    private long _clock;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _entries.Count;

    public async Task<ResponseLibrary> GetAsync(ResponseLibraryHandle handle, Func<Task<ResponseLibrary>> download)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(download);
        if (string.IsNullOrEmpty(handle.CacheTag))
        {
            return await download().ConfigureAwait(false);
        }

        var key = (handle.Id, handle.CacheTag);
        if (_entries.TryGetValue(key, out var known))
        {
            Volatile.Write(ref known.LastUsed, Interlocked.Increment(ref _clock));
            return known.Library;
        }

        // Two sessions missing at once both download; the second simply replaces the first's entry with an equal library.
        var library = await download().ConfigureAwait(false);
        _entries[key] = new Entry(library, Interlocked.Increment(ref _clock));
        if (_entries.Count > Capacity)
        {
            Trim();
        }

        return library;
    }

    /// <summary>Drops the least recently used tenth (at least one), so that trimming is rare.</summary>
    private void Trim()
    {
        var excess = _entries.Count - Capacity + Math.Max(1, Capacity / 10);
        foreach (var (key, _) in _entries.OrderBy(e => Volatile.Read(ref e.Value.LastUsed)).Take(excess).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry(ResponseLibrary library, long lastUsed)
    {
        public readonly ResponseLibrary Library = library;
        public long LastUsed = lastUsed;
    }
}
