using PureConnect.Icws.ResponseManagement;

namespace PureConnect.Icws.Messages;

/// <summary><c>responseManagementMessage</c>: libraries the user may now use, that changed (download again when the
/// <c>cacheTag</c> differs), or that were removed (ids).</summary>
public sealed record ResponseManagementMessage(
    IReadOnlyList<ResponseLibraryHandle> Added, IReadOnlyList<ResponseLibraryHandle> Changed, IReadOnlyList<string> Removed)
    : IcwsMessage(IcwsMessageTypes.ResponseManagement, false);
