using PureConnect.Icws.ResponseManagement;

namespace PureConnect.Icws.UnitTests.ResponseManagement;

public sealed class ResponseLibraryCacheTests
{
    private static ResponseLibrary Library(string id, string name) => new(id, name, null, [], []);

    [Fact]
    public async Task A_known_version_is_not_downloaded_again_a_new_version_or_a_handle_without_a_tag_is()
    {
        var cache = new ResponseLibraryCache();
        var downloads = 0;
        Task<ResponseLibrary> Download(string name)
        {
            downloads++;
            return Task.FromResult(Library("lib-1", name));
        }

        var v1 = await cache.GetAsync(new ResponseLibraryHandle("lib-1", "General", "u", "1"), () => Download("v1"));
        var again = await cache.GetAsync(new ResponseLibraryHandle("lib-1", "General", "u", "1"), () => Download("v1 again"));
        var v2 = await cache.GetAsync(new ResponseLibraryHandle("lib-1", "General", "u", "2"), () => Download("v2"));
        await cache.GetAsync(new ResponseLibraryHandle("lib-1", "General", "u", null), () => Download("untagged"));
        await cache.GetAsync(new ResponseLibraryHandle("lib-1", "General", "u", null), () => Download("untagged"));

        Assert.Equal("v1", again.Name);
        Assert.Same(v1, again);
        Assert.Equal("v2", v2.Name);
        Assert.Equal(4, downloads);
    }

    [Fact]
    public async Task Beyond_its_capacity_the_least_recently_used_libraries_go()
    {
        var cache = new ResponseLibraryCache(capacity: 10);
        for (var i = 0; i < 10; i++)
        {
            await cache.GetAsync(new ResponseLibraryHandle($"lib-{i}", "L", "u", "1"), () => Task.FromResult(Library($"lib-{i}", "first")));
        }

        await cache.GetAsync(new ResponseLibraryHandle("lib-0", "L", "u", "1"), () => Task.FromResult(Library("lib-0", "second"))); // used again
        await cache.GetAsync(new ResponseLibraryHandle("lib-10", "L", "u", "1"), () => Task.FromResult(Library("lib-10", "first")));

        Assert.InRange(cache.Count, 1, cache.Capacity);
        Assert.Equal("first", (await cache.GetAsync(new ResponseLibraryHandle("lib-0", "L", "u", "1"), () => Task.FromResult(Library("lib-0", "reloaded")))).Name);
        Assert.Equal("reloaded", (await cache.GetAsync(new ResponseLibraryHandle("lib-1", "L", "u", "1"), () => Task.FromResult(Library("lib-1", "reloaded")))).Name);
    }

    [Fact]
    public async Task A_failed_download_is_not_remembered()
    {
        var cache = new ResponseLibraryCache();
        var handle = new ResponseLibraryHandle("lib-1", "General", "u", "1");
        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetAsync(handle, () => throw new HttpRequestException("down")));
        Assert.Equal("ok", (await cache.GetAsync(handle, () => Task.FromResult(Library("lib-1", "ok")))).Name);
    }
}
