using PureConnect.Grains.Text;

namespace PureConnect.Grains.UnitTests;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("Pat Caller")]
    [InlineData("line one\r\nline two\tand a tab")]
    [InlineData("日本語 and an emoji 😀")]
    [InlineData("")]
    public void Ordinary_text_is_accepted_and_kept_as_it_is(string text)
    {
        Assert.False(ControlCharacters.Contains(text));
        Assert.Same(text, ControlCharacters.Strip(text));
    }

    [Theory]
    [InlineData("Pat\0Caller", "PatCaller")]
    [InlineData("\u0001\u001Fbell\u0007", "bell")]
    [InlineData("del\u007F", "del")]
    [InlineData("pair 😀 then \0", "pair 😀 then ")]
    public void Control_characters_and_unpaired_surrogates_are_refused_and_stripped(string text, string stripped)
    {
        Assert.True(ControlCharacters.Contains(text));
        Assert.Equal(stripped, ControlCharacters.Strip(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_refused_and_stripped()
    {
        // Built in code: attribute arguments cannot carry a lone surrogate intact.
        var loneHigh = "lone " + (char)0xD83D + " high";
        var loneLow = "lone " + (char)0xDE00 + " low";
        var reversed = "x" + (char)0xDE00 + (char)0xD83D;

        Assert.All(new[] { loneHigh, loneLow, reversed }, text => Assert.True(ControlCharacters.Contains(text)));
        Assert.Equal(["lone  high", "lone  low", "x"], new[] { loneHigh, loneLow, reversed }.Select(ControlCharacters.Strip));
    }

    [Fact]
    public void Null_contains_nothing() => Assert.False(ControlCharacters.Contains(null));
}
