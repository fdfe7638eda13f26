using System.Net;
using System.Net.Sockets;

namespace Ingestion.Feeds.Fetching;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the fetcher: resolves the host itself, checks every address
/// against the <see cref="AddressPolicy"/> and connects only to an address it checked. Checking at connect time (not
/// on the URL) covers redirects to internal hosts and DNS rebinding (a name that resolves to a public address when
/// checked and a private one when connected), since the checked address is the one connected to.
/// </summary>
public sealed class GuardedConnector(AddressPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // One refused address refuses the host: a name that mixes public and internal addresses is suspect, and
        // connecting to "the public one" would still let a rebinding resolver choose.
        foreach (var address in addresses)
        {
            if (policy.Refusal(address) is { } kind)
            {
                throw new RefusedAddressException(
                    $"{endPoint.Host} resolves to {address}, a {kind} address; not fetched (allow it with Fetch:AllowedNetworks{(kind == "loopback" ? " or Fetch:AllowLoopback" : "")})");
            }
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
