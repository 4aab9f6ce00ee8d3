namespace PureConnect.Simulators.CicServer.Messages;

// The response-management subscription's message (channels facts §6.1): file handles only, the client downloads each library.

public sealed record ResponseManagementMessage(
    bool IsDelta,
    IReadOnlyList<ResponseLibraryHandle>? LibrariesAdded,
    IReadOnlyList<ResponseLibraryHandle>? LibrariesChanged,
    IReadOnlyList<string>? LibrariesRemoved) : IcwsMessage(IsDelta);

/// <summary>Where to download a library; <see cref="CacheTag"/> changes with every change of the library.</summary>
public sealed record ResponseLibraryHandle(string Id, string Name, string Url, string CacheTag);
