namespace PureConnect.Replay.Output;

public enum OutputFormat
{
    Table,
    Csv,
    Json,
    Html,
}
