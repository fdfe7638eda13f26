using System.Net;
using Ingestion.Feeds.Fetching;

namespace Ingestion.Feeds.Tests.Fetching;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "shared (CGNAT)")]
    [InlineData("100.127.255.254", "shared (CGNAT)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("ff02::fb", "multicast")]
    [InlineData("fd12:3456::1", "private (unique local)")]
    [InlineData("fc00::1", "private (unique local)")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    [InlineData("2002:c0a8:0101::1", "private")]
    public void Internal_and_special_addresses_are_classified(string address, string kind) =>
        AddressPolicy.Classify(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("::ffff:1.1.1.1")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address)
    {
        AddressPolicy.Classify(IPAddress.Parse(address)).ShouldBeNull();
        new AddressPolicy(new FetchOptions()).Refusal(IPAddress.Parse(address)).ShouldBeNull();
    }

    [Fact]
    public void Loopback_and_listed_networks_can_be_allowed_one_by_one()
    {
        var strict = new AddressPolicy(new FetchOptions());
        var loopback = new AddressPolicy(new FetchOptions { AllowLoopback = true });
        var options = new FetchOptions();
        options.AllowedNetworks.Add("10.20.0.0/16");
        options.AllowedNetworks.Add("fd00::5");
        var listed = new AddressPolicy(options);

        strict.Refusal(IPAddress.Loopback).ShouldBe("loopback");
        loopback.Refusal(IPAddress.Loopback).ShouldBeNull();
        loopback.Refusal(IPAddress.IPv6Loopback).ShouldBeNull();
        loopback.Refusal(IPAddress.Parse("10.20.1.1")).ShouldBe("private");
        listed.Refusal(IPAddress.Parse("10.20.1.1")).ShouldBeNull();
        listed.Refusal(IPAddress.Parse("10.21.1.1")).ShouldBe("private");
        listed.Refusal(IPAddress.Parse("fd00::5")).ShouldBeNull();
        listed.Refusal(IPAddress.Parse("fd00::6")).ShouldBe("private (unique local)");
        listed.Refusal(IPAddress.Loopback).ShouldBe("loopback");
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("intranet")]
    public void A_malformed_network_is_a_clear_error(string text) =>
        Should.Throw<FormatException>(() => AddressPolicy.ParseNetwork(text)).Message.ShouldContain(text);
}

public sealed class HostRateLimiterTests
{
    [Fact]
    public void Each_host_has_its_own_budget()
    {
        // One request per thousand seconds: the bucket cannot refill during the test.
        using var limiter = new HostRateLimiter(new FetchOptions { PerHostRequestsPerSecond = 0.001, PerHostConcurrency = 0 });

        using var first = limiter.TryAcquire("a.example");
        using var second = limiter.TryAcquire("A.EXAMPLE");
        using var other = limiter.TryAcquire("b.example");

        first.IsAcquired.ShouldBeTrue();
        second.IsAcquired.ShouldBeFalse();
        other.IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void A_concurrency_permit_comes_back_when_the_request_is_done()
    {
        using var limiter = new HostRateLimiter(new FetchOptions { PerHostRequestsPerSecond = 0, PerHostConcurrency = 1 });

        var first = limiter.TryAcquire("a.example");
        using (var whileBusy = limiter.TryAcquire("a.example"))
        {
            whileBusy.IsAcquired.ShouldBeFalse();
        }

        first.Dispose();
        using var afterwards = limiter.TryAcquire("a.example");

        first.IsAcquired.ShouldBeTrue();
        afterwards.IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void Zero_means_no_limit()
    {
        using var limiter = new HostRateLimiter(new FetchOptions { PerHostRequestsPerSecond = 0, PerHostConcurrency = 0 });

        var leases = Enumerable.Range(0, 50).Select(_ => limiter.TryAcquire("a.example")).ToList();

        leases.ShouldAllBe(l => l.IsAcquired);
        leases.ForEach(l => l.Dispose());
    }
}
