using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Messaging;

/// <summary>
/// Short polling (§4.1): <c>GET messaging/messages</c> every poll interval, endlessly. Transient failures (timeouts,
/// unreachable server, 5xx, 408, 429) are logged and retried with back-off; 401/410 and other 4xx end the stream, and so
/// does a server unreachable for longer than <see cref="IcwsClientOptions.ServerUnreachableTimeout"/> (it may have died).
/// </summary>
internal sealed class MessagePoller(IcwsRequestSender sender, IcwsClientOptions options, TimeProvider time, IcwsSessionLog log)
{
    public async IAsyncEnumerable<IcwsMessage> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var failures = 0;
        DateTimeOffset? unreachableSince = null;
        while (true)
        {
            IReadOnlyList<IcwsMessage> messages;
            try
            {
                var response = await sender.SendAsync(HttpMethod.Get, "messaging/messages", null, ct).ConfigureAwait(false);
                messages = IcwsMessageParser.ParseArray(response.Body);
                failures = 0;
                unreachableSince = null;
            }
            catch (IcwsException ex) when (IsTransient(ex))
            {
                if (ex is IcwsTimeoutException or IcwsRequestException { StatusCode: null })
                {
                    var now = time.GetUtcNow();
                    unreachableSince ??= now;
                    if (now - unreachableSince >= options.ServerUnreachableTimeout)
                    {
                        log.ServerUnreachable(ex, now - unreachableSince.Value);
                        throw;
                    }
                }
                else
                {
                    unreachableSince = null;
                }

                var delay = Backoff.Delay(options.PollInterval, ++failures);
                log.PollFailed(ex, delay);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
                continue;
            }

            foreach (var message in messages)
                yield return message;
            await Task.Delay(options.PollInterval, time, ct).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(IcwsException ex) => ex switch
    {
        IcwsTimeoutException => true,
        IcwsRequestException { StatusCode: null or >= 500 or 408 or 429 } => true,
        _ => false,
    };
}
