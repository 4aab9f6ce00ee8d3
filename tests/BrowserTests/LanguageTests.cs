using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>The spec's language rules: en-US, ja, es, fr; a regional preference falls back to its language, anything else to en-US.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class LanguageTests(SoftphoneStackFixture stack)
{
    [Theory]
    [InlineData("fr-CA", "Se connecter", "ID utilisateur")]
    [InlineData("ja-JP", "ログイン", "ユーザー ID")]
    [InlineData("es-MX", "Iniciar sesión", "ID de usuario")]
    [InlineData("de-DE", "Log In", "User ID")]
    public async Task The_login_page_speaks_the_browsers_language(string locale, string submit, string userIdLabel)
    {
        await using var browser = await stack.OpenBrowserAsync(locale);
        await browser.Page.GotoAsync("/login");

        await Expect(browser.ByTestId("login-submit")).ToHaveTextAsync(submit);
        await Expect(browser.Page.Locator("label[for=userId]")).ToHaveTextAsync(userIdLabel);
    }

    [Fact]
    public async Task The_softphone_speaks_French_with_no_English_word_left()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync("fr-FR");
        await browser.LogInAsync(agentId);

        await Expect(browser.ByTestId("control-pickup")).ToHaveAttributeAsync("title", "Décrocher");
        await Expect(browser.ByTestId("no-interactions")).ToHaveTextAsync("Aucune interaction.");
        await Expect(browser.ByTestId("station").Locator(".label")).ToHaveTextAsync("Poste");
        await browser.ScreenshotAsync("11-softphone-fr");
    }
}
