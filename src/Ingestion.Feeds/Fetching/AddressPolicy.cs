using System.Net;
using System.Net.Sockets;

namespace Ingestion.Feeds.Fetching;

/// <summary>
/// Decides which IP addresses the fetcher may connect to. Feed URLs, the links inside feeds and redirects all come
/// from outside, so without this a feed could make the worker call its own machine, the cloud metadata service or
/// anything else on the internal network (server-side request forgery). Only public unicast addresses are allowed,
/// plus what <see cref="FetchOptions.AllowLoopback"/> and <see cref="FetchOptions.AllowedNetworks"/> open up.
/// </summary>
public sealed class AddressPolicy
{
    // Special-purpose ranges (IANA IPv4/IPv6 special-purpose address registries) that are not the public internet.
    private static readonly (IPNetwork Network, string Kind)[] SpecialIPv4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared (CGNAT)"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "reserved"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
    ];

    private static readonly (IPNetwork Network, string Kind)[] SpecialIPv6 =
    [
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("100::/64"), "discard"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
        (IPNetwork.Parse("fc00::/7"), "private (unique local)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "private (site-local)"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly bool _allowLoopback;
    private readonly IReadOnlyList<IPNetwork> _allowed;

    public AddressPolicy(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowLoopback = options.AllowLoopback;
        _allowed = options.AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(ParseNetwork).ToList();
    }

    /// <summary>Null when the address may be connected to; otherwise what kind of address it is ("loopback", "private", ...).</summary>
    public string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (_allowed.Any(n => n.Contains(address)))
        {
            return null;
        }

        var kind = Classify(address);
        return kind == "loopback" && _allowLoopback ? null : kind;
    }

    /// <summary>The kind of special-purpose address, or null for a public unicast address.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return address.Equals(IPAddress.Broadcast) ? "broadcast" : SpecialIPv4.FirstOrDefault(s => s.Network.Contains(address)).Kind;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        // IPv6 forms that carry an IPv4 address reach that IPv4 host: judge the embedded address.
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return Classify(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (SixToFour.Contains(address))
        {
            return Classify(new IPAddress(bytes.AsSpan(2, 4)));
        }

        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6Any))
        {
            // Deprecated IPv4-compatible form (::a.b.c.d).
            return Classify(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return SpecialIPv6.FirstOrDefault(s => s.Network.Contains(address)).Kind;
    }

    /// <summary>Parses one <see cref="FetchOptions.AllowedNetworks"/> entry; a single address means just that address.</summary>
    public static IPNetwork ParseNetwork(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (IPNetwork.TryParse(trimmed, out var network))
        {
            return network;
        }

        if (IPAddress.TryParse(trimmed, out var single))
        {
            return new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        }

        throw new FormatException($"Fetch:AllowedNetworks entry '{text}' is not a network in CIDR form (e.g. 10.20.0.0/16) or an IP address");
    }
}

/// <summary>Thrown when a connection is refused by the <see cref="AddressPolicy"/>: trying again cannot help.</summary>
public sealed class RefusedAddressException : IOException
{
    public RefusedAddressException() { }
    public RefusedAddressException(string message) : base(message) { }
    public RefusedAddressException(string message, Exception inner) : base(message, inner) { }
}
