using PureConnect.Icws.Interactions;

namespace PureConnect.Icws.UnitTests.Interactions;

public sealed class IcwsDateTimeTests
{
    [Theory]
    [InlineData("20240312T141503Z", 2024, 3, 12, 14, 15, 3, 0)]
    [InlineData("20240312T141503", 2024, 3, 12, 14, 15, 3, 0)]
    [InlineData("20240312T141503.125Z", 2024, 3, 12, 14, 15, 3, 125)]
    [InlineData("2024-03-12T14:15:03Z", 2024, 3, 12, 14, 15, 3, 0)]
    [InlineData("2024-03-12T14:15:03.5Z", 2024, 3, 12, 14, 15, 3, 500)]
    [InlineData("2024-03-12T16:15:03+02:00", 2024, 3, 12, 14, 15, 3, 0)]
    [InlineData(" 2024-03-12T14:15:03 ", 2024, 3, 12, 14, 15, 3, 0)]
    public void Both_iso_forms_parse_to_utc(string text, int year, int month, int day, int hour, int minute, int second, int millisecond)
    {
        Assert.True(IcwsDateTime.TryParse(text, out var parsed));

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("12/03/2024")]
    [InlineData("20241332T000000Z")]
    public void Other_text_does_not_parse(string? text) => Assert.False(IcwsDateTime.TryParse(text, out _));

    [Fact]
    public void Format_writes_the_compact_utc_form()
    {
        var local = new DateTimeOffset(2024, 3, 12, 16, 15, 3, TimeSpan.FromHours(2));

        Assert.Equal("20240312T141503Z", IcwsDateTime.Format(local));
    }

    [Fact]
    public void Format_and_parse_round_trip_to_the_second()
    {
        var value = new DateTimeOffset(2031, 12, 31, 23, 59, 59, TimeSpan.Zero);

        Assert.True(IcwsDateTime.TryParse(IcwsDateTime.Format(value), out var parsed));
        Assert.Equal(value, parsed);
    }
}
