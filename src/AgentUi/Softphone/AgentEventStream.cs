using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// Follows <c>GET /api/me/events</c> for one circuit: applies the snapshot and the deltas to
/// <see cref="SoftphoneState"/>, and reconnects with exponential back-off (with jitter) when the stream drops;
/// each new connection starts with a fresh snapshot. Stops when the circuit's scope is disposed.
/// </summary>
public sealed class AgentEventStream(
    AgentApiClient api, SoftphoneState state, TimeProvider time, IOptions<SoftphoneOptions> options, ILogger<AgentEventStream> logger)
    : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>Starts following the stream (once).</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await FollowAsync(() => failures = 0, cancellationToken) == HttpStatusCode.Unauthorized)
                {
                    state.EndSession(Session.LogoutReasons.SessionEnded);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException or JsonException)
            {
                logger.LogWarning("Agent event stream dropped ({Reason}); reconnecting", exception.Message);
            }
            catch (Exception exception)
            {
                // Whatever went wrong, the softphone must not stop following the agent: log it and reconnect.
                logger.LogError(exception, "Agent event stream failed; reconnecting");
            }

            state.SetConnection(LiveConnection.Reconnecting);
            try
            {
                await Task.Delay(Backoff(failures++), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads one connection to its end; returns its status code.</summary>
    private async Task<HttpStatusCode> FollowAsync(Action onSnapshot, CancellationToken cancellationToken)
    {
        using var response = await api.OpenEventStreamAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return response.StatusCode;
        }

        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var message in ServerSentEventReader.ReadAsync(body, options.Value.IdleTimeout, cancellationToken))
        {
            state.Apply(message);
            if (message.Name == "snapshot")
            {
                onSnapshot();
            }
        }

        logger.LogInformation("Agent event stream ended by AgentApi; reconnecting");
        return response.StatusCode;
    }

    private TimeSpan Backoff(int failures)
    {
        var settings = options.Value;
        var exponential = settings.ReconnectDelay * Math.Pow(2, Math.Min(failures, 10));
        var capped = exponential < settings.MaxReconnectDelay ? exponential : settings.MaxReconnectDelay;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }
}
