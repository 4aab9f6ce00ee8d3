using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.UnitTests.EventSourcing;

public sealed class StoredFormsTests
{
    private sealed record Raised(string Text);

    private int _made;

    private StoredForms<Raised> NewForms() =>
        new(e => new EventData(Guid.CreateVersion7(), "Raised", $"{{\"text\":\"{e.Text}\",\"n\":{++_made}}}", new EventMetadata(Source: "test")));

    [Fact]
    public void The_same_event_instance_keeps_its_id_until_it_is_durable()
    {
        var forms = NewForms();
        var raised = new Raised("a");

        var first = forms.Of(raised);
        var resubmitted = forms.Of(raised);

        Assert.Same(first, resubmitted);
        Assert.Equal(1, _made);
    }

    [Fact]
    public void Equal_events_that_are_different_instances_get_different_ids()
    {
        var forms = NewForms();

        Assert.NotEqual(forms.Of(new Raised("a")).EventId, forms.Of(new Raised("a")).EventId);
        Assert.Equal(2, forms.Pending);
    }

    [Fact]
    public void Durable_events_are_forgotten_and_nothing_is_kept_for_them()
    {
        var forms = NewForms();
        var batch = new[] { new Raised("a"), new Raised("b") };
        var waiting = new Raised("c");
        foreach (var e in batch)
        {
            forms.Of(e);
        }

        forms.Of(waiting);
        forms.Forget(batch);

        Assert.Equal(1, forms.Pending);
        Assert.Equal(3, _made);
    }
}
