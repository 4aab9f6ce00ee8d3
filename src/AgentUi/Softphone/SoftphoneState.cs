using System.Text.Json;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// The circuit's live view of the agent, fed by <see cref="AgentEventStream"/>. Components read <see cref="View"/>
/// and re-render on <see cref="Changed"/> (raised on the stream's thread: use <c>InvokeAsync</c>).
/// </summary>
public sealed class SoftphoneState
{
    private readonly Lock _gate = new();
    private SoftphoneView _view = SoftphoneView.Initial;

    public event Action? Changed;

    public SoftphoneView View
    {
        get
        {
            lock (_gate)
            {
                return _view;
            }
        }
    }

    /// <summary>Applies one event of AgentApi's stream; unknown event names are ignored.</summary>
    public void Apply(ServerSentEvent message)
    {
        switch (message.Name)
        {
            case "snapshot":
                var snapshot = Read<AgentSnapshot>(message);
                Update(v => v.WithSnapshot(snapshot));
                break;
            case "agent":
                var agent = Read<AgentMe>(message);
                Update(v => v with { Agent = agent });
                break;
            case "interaction":
                var interaction = Read<InteractionItem>(message);
                Update(v => v.WithInteraction(interaction));
                break;
            case "statuses":
                var statuses = Read<List<StatusItem>>(message);
                Update(v => v.WithStatuses(statuses));
                break;
            case "loggedOut":
                EndSession(Read<LoggedOutEvent>(message).Reason);
                break;
        }
    }

    public void SetConnection(LiveConnection connection) => Update(v => v.Connection == connection ? v : v with { Connection = connection });

    /// <summary>AgentApi no longer knows the session: the softphone goes back to the login page, saying why.</summary>
    public void EndSession(string? reason) => Update(v => v with { SessionEnded = true, LogoutReason = reason });

    private void Update(Func<SoftphoneView, SoftphoneView> change)
    {
        lock (_gate)
        {
            var next = change(_view);
            if (ReferenceEquals(next, _view))
            {
                return;
            }

            _view = next;
        }

        Changed?.Invoke();
    }

    private static T Read<T>(ServerSentEvent message) =>
        JsonSerializer.Deserialize<T>(message.Data, AgentApiClient.Json) ?? throw new JsonException($"Empty '{message.Name}' event.");
}
