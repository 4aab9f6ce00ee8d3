using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Voicemail;

/// <summary>The user's voicemail box as the session's messages tell it, whoever reads them (thread-safe).</summary>
internal sealed class VoicemailBox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, VoicemailMessage> _messages = new(StringComparer.Ordinal);
    private int? _waiting;

    public bool Subscribed { get; set; }

    /// <summary>The subscription's first (full) message has been read.</summary>
    public bool Known { get; private set; }

    public void Observe(IEnumerable<IcwsMessage> messages)
    {
        lock (_gate)
        {
            foreach (var message in messages)
            {
                switch (message)
                {
                    case VoicemailMessagesMessage box:
                        if (box.Full)
                        {
                            _messages.Clear();
                            Known = true;
                        }

                        foreach (var added in box.Added)
                        {
                            _messages[added.Id] = added;
                        }

                        foreach (var (id, read) in box.Changed)
                        {
                            if (_messages.TryGetValue(id, out var known))
                            {
                                _messages[id] = known with { Read = read };
                            }
                        }

                        foreach (var id in box.Removed)
                        {
                            _messages.Remove(id);
                        }

                        break;
                    case MessagesWaitingMessage mwi:
                        _waiting = mwi.MessagesWaiting;
                        break;
                }
            }
        }
    }

    /// <summary>The messages newest first; the waiting count CIC sent, else the unread messages.</summary>
    public VoicemailBoxView View()
    {
        lock (_gate)
        {
            var messages = _messages.Values.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id, StringComparer.Ordinal).ToList();
            return new VoicemailBoxView(messages, _waiting ?? messages.Count(m => !m.Read));
        }
    }

    public VoicemailMessage? Find(string id)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault(id);
        }
    }
}
