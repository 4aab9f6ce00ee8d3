using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>Delivers a session's queued messages: a JSON array per poll, or server-sent events.</summary>
internal static class MessageChannel
{
    /// <summary>Drains the queue into one JSON array (reference §4.1).</summary>
    public static async Task PollAsync(HttpContext http, Session session)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("["u8);
        var first = true;
        while (session.Messages.TryRead(out var message))
        {
            if (!first)
            {
                buffer.Write(","u8);
            }

            first = false;
            IcwsJson.WriteMessage(buffer, message);
        }

        buffer.Write("]"u8);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = IcwsJson.ContentType;
        http.Response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }

    /// <summary>
    /// One JSON message per <c>data:</c> line, flushed as soon as the queue has something (all that is
    /// queued goes out in one flush); a <c>:ping</c> comment after each quiet <paramref name="pingInterval"/>.
    /// Ends when the stream is dropped, the client leaves, the app stops or the session ends (after
    /// delivering what was queued before the end).
    /// </summary>
    public static async Task StreamAsync(HttpContext http, Session session, TimeSpan pingInterval, TimeProvider time, CancellationToken stopping)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(http.RequestAborted);

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var stream = session.OpenEventStream(aborted.Token);
        var writer = response.BodyWriter;
        try
        {
            while (true)
            {
                bool more;
                using (var quiet = new CancellationTokenSource(pingInterval, time))
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stream.Token, quiet.Token))
                {
                    try
                    {
                        more = await session.Messages.WaitToReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stream.IsCancellationRequested)
                    {
                        writer.Write(":ping\n\n"u8);
                        await writer.FlushAsync(CancellationToken.None);
                        continue;
                    }
                }

                if (!more)
                {
                    break;
                }

                while (session.Messages.TryRead(out var message))
                {
                    WriteEvent(writer, message);
                }

                await writer.FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Dropped by the control API, client gone or app stopping: the stream just ends.
        }
        finally
        {
            session.CloseEventStream(stream);
        }
    }

    private static void WriteEvent(IBufferWriter<byte> writer, IcwsMessage message)
    {
        if (message is RawMessage raw)
        {
            foreach (var line in raw.Text.ReplaceLineEndings("\n").Split('\n'))
            {
                writer.Write("data: "u8);
                System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, line.AsSpan(), writer);
                writer.Write("\n"u8);
            }

            writer.Write("\n"u8);
            return;
        }

        writer.Write("data: "u8);
        IcwsJson.WriteMessage(writer, message);
        writer.Write("\n\n"u8);
    }
}
