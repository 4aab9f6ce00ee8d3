using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>
/// A route that fails the way a bug would (an unhandled exception carrying internal details), added behind the app's own
/// pipeline so that it runs inside the app's error handling, for the tests of what a client then sees.
/// </summary>
public sealed class FailingRoute : IStartupFilter
{
    public const string Path = "/api/test/failure";
    public const string Secret = "connection string Host=10.1.2.3;Password=hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, following) => context.Request.Path.Equals(Path, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"Something internal broke: {Secret}")
            : following(context));
    };
}
