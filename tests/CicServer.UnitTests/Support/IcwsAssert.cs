using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

internal static class IcwsAssert
{
    public static IcwsErrorException Refused(int statusCode, string errorId, Action action)
    {
        var error = Assert.Throws<IcwsErrorException>(action);
        Assert.Equal(statusCode, error.StatusCode);
        Assert.Equal(errorId, error.ErrorId);
        return error;
    }

    public static IcwsErrorException Refused(int statusCode, Action action)
    {
        var error = Assert.Throws<IcwsErrorException>(action);
        Assert.Equal(statusCode, error.StatusCode);
        return error;
    }
}
