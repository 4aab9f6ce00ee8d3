using PureConnect.Icws.Messaging;

namespace PureConnect.Icws.UnitTests.Messaging;

public sealed class ServerSentEventReaderTests
{
    [Fact]
    public async Task Events_are_separated_by_blank_lines_and_comments_are_skipped()
    {
        var events = await ReadAll(":ping\n\ndata: {\"a\":1}\n\n: another comment\ndata:{\"b\":2}\n\n");

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], events);
    }

    [Fact]
    public async Task Multi_line_data_is_joined_with_newlines()
    {
        var events = await ReadAll("data: {\"a\":\ndata:  1}\n\n");

        Assert.Equal(["{\"a\":\n 1}"], events);
    }

    [Fact]
    public async Task Crlf_line_endings_and_other_fields_are_tolerated()
    {
        var events = await ReadAll("retry: 3000\r\nid: 7\r\nevent: message\r\ndata: x\r\n\r\nevent: message\r\n\r\ndata\r\n\r\n");

        Assert.Equal(["x", ""], events);
    }

    [Fact]
    public async Task An_event_cut_off_by_the_end_of_the_stream_is_dropped()
    {
        var events = await ReadAll("data: complete\n\ndata: half");

        Assert.Equal(["complete"], events);
    }

    [Fact]
    public async Task Every_line_read_is_reported_for_idle_detection()
    {
        var lines = 0;
        var reader = new ServerSentEventReader(new StringReader(":ping\n\n:ping\n\n"), () => lines++);

        Assert.Null(await reader.ReadDataAsync(CancellationToken.None));
        Assert.Equal(4, lines);
    }

    private static async Task<List<string>> ReadAll(string stream)
    {
        var reader = new ServerSentEventReader(new StringReader(stream));
        var events = new List<string>();
        while (await reader.ReadDataAsync(CancellationToken.None) is { } data)
            events.Add(data);
        return events;
    }
}
