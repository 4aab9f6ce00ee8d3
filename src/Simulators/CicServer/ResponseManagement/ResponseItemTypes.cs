namespace PureConnect.Simulators.CicServer.ResponseManagement;

/// <summary><c>responseManagementItem.type</c> (channels facts §6.1), and the name a File response's file goes by.</summary>
internal static class ResponseItemTypes
{
    public const int Text = 0;
    public const int Url = 1;
    public const int File = 2;

    /// <summary>The file's name from a File response's value (a path on a share or a workstation, either kind of slash).</summary>
    public static string FileName(string value)
    {
        var name = value.Trim().TrimEnd('/', '\\');
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? name[(cut + 1)..] : name;
    }
}
