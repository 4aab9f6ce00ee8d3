using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using PureConnect.AppHost;

namespace PureConnect.IntegrationTests.AppHost;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // DCP starts through a shell script only where there is a shell
public sealed class DcpCertificateTests
{
    private static string AppHostDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PureConnect.Orleans.sln")))
                return Path.Combine(folder.FullName, "src", "AppHost");
        }

        throw new InvalidOperationException("The repository's root was not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void DCP_starts_through_the_script_with_a_certificate_for_localhost_that_only_its_user_can_read()
    {
        var configuration = new ConfigurationManager();
        var directory = AppHostDirectory();

        var certificate = DcpCertificate.Use(configuration, directory);

        Assert.NotNull(certificate);
        var folder = Environment.GetEnvironmentVariable("PURECONNECT_DCP_TLS")!;
        using (certificate)
        {
            Assert.Equal(Path.Combine(directory, "scripts", "dcp.sh"), configuration["DcpPublisher:CliPath"]);
            Assert.True(File.Exists(Environment.GetEnvironmentVariable("PURECONNECT_DCP_CLI")), "the real DCP");
            using var pair = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "cert.pem"), Path.Combine(folder, "key.pem"));
            Assert.True(pair.HasPrivateKey);
            Assert.NotNull(pair.GetECDsaPublicKey());
            Assert.Equal("localhost", pair.GetNameInfo(X509NameType.DnsName, forIssuer: false));
            var names = pair.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
            Assert.Contains(System.Net.IPAddress.Loopback, names.EnumerateIPAddresses());
            Assert.True(pair.NotAfter > DateTime.Now.AddDays(30));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "key.pem")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        Assert.False(Directory.Exists(folder), "the folder is deleted when the AppHost ends");
    }

    [Fact]
    public void Another_DCP_named_in_the_configuration_is_left_to_make_its_own()
    {
        var configuration = new ConfigurationManager();
        configuration["DcpPublisher:CliPath"] = "/opt/dcp/dcp";

        Assert.Null(DcpCertificate.Use(configuration, AppHostDirectory()));
        Assert.Equal("/opt/dcp/dcp", configuration["DcpPublisher:CliPath"]);
    }
}
