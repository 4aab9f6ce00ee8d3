namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A bounded ring buffer of <see cref="Emission"/>s for latency measurement.</summary>
internal sealed class EmissionLog(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Emission[] _buffer = new Emission[Math.Max(1, capacity)];
    private long _count;

    public void Add(Emission emission)
    {
        lock (_gate)
        {
            _buffer[_count % _buffer.Length] = emission;
            _count++;
        }
    }

    public IReadOnlyList<Emission> Since(long unixMs)
    {
        lock (_gate)
        {
            var first = Math.Max(0, _count - _buffer.Length);
            var result = new List<Emission>();
            for (var i = first; i < _count; i++)
            {
                var emission = _buffer[i % _buffer.Length];
                if (emission.EmittedAtUnixMs >= unixMs)
                {
                    result.Add(emission);
                }
            }

            return result;
        }
    }
}
