using System.Globalization;
using System.Resources;
using PureConnect.AgentUi.Resources;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Every text of the softphone exists in each of its languages (the spec's en-US, ja, es, fr): no English word is left in a translated page.</summary>
public sealed class TranslationTests
{
    private static readonly ResourceManager Texts = new(typeof(Strings).FullName!, typeof(Strings).Assembly);

    /// <summary>The translated languages: all but the first, en-US, which is the neutral resource.</summary>
    public static TheoryData<string> Languages => [.. PureConnect.AgentUi.Extensions.Cultures.Skip(1)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_is_translated(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Keys.Except(translated.Keys).Order());
        Assert.All(english, e => Assert.Equal(Placeholders(e.Value), Placeholders(translated[e.Key])));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());
}
