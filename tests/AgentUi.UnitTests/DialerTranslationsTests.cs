using System.Collections;
using System.Globalization;
using System.Resources;
using PureConnect.AgentUi.Resources;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Language support": the softphone speaks French, Spanish and Japanese; no Interaction Dialer text (labels,
/// statuses, notices, error codes) falls back to English there.</summary>
public sealed class DialerTranslationsTests
{
    private static readonly ResourceManager Resources = new(typeof(Strings).FullName!, typeof(Strings).Assembly);

    private static Dictionary<string, string> TextsOf(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    public static TheoryData<string> Languages => ["fr", "es", "ja"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_Dialer_text_is_translated(string language)
    {
        var english = TextsOf(CultureInfo.InvariantCulture).Where(e => IsDialer(e.Key)).ToList();
        var translated = TextsOf(CultureInfo.GetCultureInfo(language));

        Assert.NotEmpty(english);
        Assert.Empty(english.Where(e => !translated.ContainsKey(e.Key)).Select(e => e.Key));
        Assert.Empty(english.Where(e => translated[e.Key] == e.Value && e.Value.Split(' ').Length > 2).Select(e => e.Key));
    }

    [Fact]
    public void Every_Dialer_error_code_and_notice_kind_has_a_text()
    {
        var english = TextsOf(CultureInfo.InvariantCulture);
        string[] codes =
        [
            "breakPending", "callbackInPast", "callbackNotAllowed", "callbackTargetInvalid", "callbackTimeInvalid", "callbackTimeRequired",
            "campaignUnavailable", "forbidden", "logOffPending", "loggedIn", "noCall", "noCampaignTimeZone", "noLogonCampaignRight", "noPreview",
            "notInCampaign", "notLoggedIn", "notOnBreak", "onBreak", "refused", "skipNotAllowed", "statusRestricted", "unknownDisposition",
        ];
        string[] notices = ["campaignJoined", "campaignLeft", "loggedOut", "switchedOver", "sessionEnded", "onBreak"];

        Assert.All(codes, c => Assert.True(english.ContainsKey($"Error.dialer.{c}"), c));
        Assert.All(notices, n => Assert.True(english.ContainsKey($"Dialer.Notice.{n}"), n));
    }

    private static bool IsDialer(string key) =>
        key.StartsWith("Dialer.", StringComparison.Ordinal) || key.Contains(".dialer", StringComparison.OrdinalIgnoreCase);
}
