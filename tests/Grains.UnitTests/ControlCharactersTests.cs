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
    [InlineData("lone \uD83D high", "lone  high")]
    [InlineData("lone \uDE00 low", "lone  low")]
    [InlineData("pair 😀 then \0", "pair 😀 then ")]
    public void Control_characters_and_unpaired_surrogates_are_refused_and_stripped(string text, string stripped)
    {
        Assert.True(ControlCharacters.Contains(text));
        Assert.Equal(stripped, ControlCharacters.Strip(text));
    }

    [Fact]
    public void Null_contains_nothing() => Assert.False(ControlCharacters.Contains(null));
}
