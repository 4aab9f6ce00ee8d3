namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>Percentiles of a set of latencies in milliseconds, and how many expected samples never arrived.</summary>
public sealed record LatencySummary(int Samples, int Missing, double P50, double P99, double Max)
{
    public static LatencySummary Of(List<double> values, int missing)
    {
        values.Sort();
        return new LatencySummary(values.Count, missing, Percentile(values, 0.50), Percentile(values, 0.99), values.Count == 0 ? double.NaN : values[^1]);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public override string ToString() =>
        Samples == 0 ? $"no samples ({Missing:N0} missing)" : $"p50 {P50:N0} · p99 {P99:N0} · max {Max:N0} ms" + (Missing > 0 ? $" · {Missing:N0} missing" : "");
}

/// <summary>One state change the CIC simulator delivered: which interaction, which state letter, when (Unix ms).</summary>
public sealed record Emission(string InteractionId, string State, long EmittedAtUnixMs)
{
    /// <summary>The stored event this state produces, and the status an agent's view shows for it; null for states not measured.</summary>
    public (string EventType, string Status)? Expected => State switch
    {
        "A" => ("V1.InteractionAlerting", "Alerting"),
        "C" => ("V1.InteractionConnected", "Connected"),
        "E" or "I" => ("V1.InteractionDisconnected", "Disconnected"),
        _ => null,
    };
}
