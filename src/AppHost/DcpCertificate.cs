using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace PureConnect.AppHost;

/// <summary>
/// Aspire's orchestrator (DCP) serves its API over TLS and, given no certificate, generates RSA keys for one at every start:
/// measured on two cores, 2-6 s of CPU in the first seconds, while every service is starting too, and the reason the
/// resources started 1-2 s later on some runs than on others. The AppHost makes a throw-away certificate instead (an ECDSA
/// P-256 key takes a millisecond) in a folder only its user can read, and starts DCP through <c>scripts/dcp.sh</c>, which
/// hands it over. The folder is deleted when the AppHost ends. Not on Windows (no shell script there), nor when
/// <c>DcpPublisher:CliPath</c> names another DCP: there DCP makes its own.
/// </summary>
public sealed class DcpCertificate : IDisposable
{
    private readonly DirectoryInfo _folder;

    private DcpCertificate(DirectoryInfo folder) => _folder = folder;

    /// <summary>Makes the certificate and points Aspire at the script; null where that is not possible (see the type).</summary>
    public static DcpCertificate? Use(ConfigurationManager configuration, string appHostDirectory)
    {
        var script = Path.Combine(appHostDirectory, "scripts", "dcp.sh");
        if (OperatingSystem.IsWindows() || !File.Exists(script) || configuration["DcpPublisher:CliPath"] is { Length: > 0 }
            || typeof(DcpCertificate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "dcpclipath")?.Value is not { Length: > 0 } dcp
            || !File.Exists(dcp))
            return null;

        var folder = Directory.CreateTempSubdirectory("pureconnect-dcp-"); // 0700
        using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(System.Net.IPAddress.Loopback);
            names.AddIpAddress(System.Net.IPAddress.IPv6Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false)); // server authentication
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
            var keyFile = Path.Combine(folder.FullName, "key.pem");
            using (File.Create(keyFile))
            {
            }

            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(Path.Combine(folder.FullName, "cert.pem"), certificate.ExportCertificatePem());
        }

        Environment.SetEnvironmentVariable("PURECONNECT_DCP_CLI", dcp);
        Environment.SetEnvironmentVariable("PURECONNECT_DCP_TLS", folder.FullName);
        configuration["DcpPublisher:CliPath"] = script;
        return new DcpCertificate(folder);
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
