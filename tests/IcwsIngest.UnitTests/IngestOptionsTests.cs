namespace PureConnect.IcwsIngest.UnitTests;

public sealed class IngestOptionsTests
{
    private static readonly List<string> Users = [.. Enumerable.Range(1, 200).Select(n => $"agent{n}")];

    [Fact]
    public void Instances_split_the_users_between_them_without_overlap_or_loss()
    {
        var shares = Enumerable.Range(0, 3)
            .Select(i => new IngestOptions { Users = Users, InstanceIndex = i, InstanceCount = 3 }.OwnedUsers().ToList())
            .ToList();

        Assert.Equal(Users.Order(), shares.SelectMany(s => s).Order());
        Assert.All(shares, share => Assert.InRange(share.Count, 40, 100));
    }

    [Fact]
    public void The_split_is_stable_across_processes()
    {
        var first = new IngestOptions { Users = Users, InstanceIndex = 1, InstanceCount = 4 }.OwnedUsers();
        var again = new IngestOptions { Users = Users, InstanceIndex = 1, InstanceCount = 4 }.OwnedUsers();

        Assert.Equal(first, again);
        Assert.Contains("agent1", new IngestOptions { Users = ["agent1"] }.OwnedUsers());
    }
}
