using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>
/// Makes a running .NET process collect its whole heap (blocking, all generations), from outside: an EventPipe session with the
/// runtime's GC-heap-collect keyword, as <c>dotnet-gcdump</c> does. The heap size after that collection is what is live, not
/// whatever garbage the last ephemeral collection left.
/// </summary>
public static class HeapProbe
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task CollectAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        EventPipeProvider[] providers = [new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword)];
        using var session = client.StartEventPipeSession(providers, requestRundown: false);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(3)); // the collection runs as the session starts; give it time to end
        await session.StopAsync(CancellationToken.None);
        await drain;
    }
}
