namespace PureConnect.IcwsIngest.Parking;

/// <summary>Where the ingest parks work it gave up on, for operators to see.</summary>
public interface IParkedWorkStore
{
    Task ParkAsync(ParkedWork work, CancellationToken cancellationToken);

    /// <summary>The most recently parked work first.</summary>
    Task<IReadOnlyList<ParkedWork>> LatestAsync(int count, CancellationToken cancellationToken);
}
