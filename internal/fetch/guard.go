package fetch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
)

// refusedPrefixes are special-purpose ranges that net/netip has no
// predicate for. Loopback, RFC 1918, ULA, link-local, multicast and
// unspecified addresses are tested with netip's own methods.
var refusedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT (RFC 6598)
	netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking (RFC 2544)
	netip.MustParsePrefix("240.0.0.0/4"),   // reserved, and broadcast
	netip.MustParsePrefix("fec0::/10"),     // deprecated site-local
	netip.MustParsePrefix("100::/64"),      // discard-only (RFC 6666)
}

// Prefixes whose IPv6 addresses carry an IPv4 address that a gateway may
// reach for us; the embedded address is checked as well.
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
)

// CheckAddr returns ErrPrivateAddress when ip is not a public unicast
// address: loopback, private (RFC 1918, ULA fc00::/7), link-local
// (169.254.0.0/16, fe80::/10, which covers cloud metadata endpoints),
// unspecified, multicast, CGNAT (100.64.0.0/10), a few reserved ranges,
// and the IPv4-mapped, NAT64 and 6to4 forms of all of these. It returns
// nil for any other valid address. It does no I/O.
func CheckAddr(ip netip.Addr) error {
	if !ip.IsValid() {
		return ErrPrivateAddress
	}
	ip = ip.WithZone("").Unmap()
	if ip.Is6() && (nat64Prefix.Contains(ip) || sixToFour.Contains(ip)) {
		b := ip.As16()
		var v4 [4]byte
		if nat64Prefix.Contains(ip) {
			copy(v4[:], b[12:16])
		} else {
			copy(v4[:], b[2:6])
		}
		if err := CheckAddr(netip.AddrFrom4(v4)); err != nil {
			return err
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() ||
		ip.IsMulticast() || ip.IsUnspecified() {
		return ErrPrivateAddress
	}
	for _, p := range refusedPrefixes {
		if p.Contains(ip) {
			return ErrPrivateAddress
		}
	}
	return nil
}

// checkScheme refuses every URL that is not absolute http or https.
func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%w: missing host", ErrInvalidURL)
		}
		return nil
	}
	return fmt.Errorf("%w %q", ErrUnsupportedScheme, u.Scheme)
}

// dialContext is the transport's dialer. Hosts accepted by AllowHost go
// to Options.Dial unchecked. Every other host is resolved here, each of
// its addresses is checked before any connection is attempted, and the
// connection is then made to a checked address (never to the name, so a
// second resolution cannot swap in another address). The net.Dialer's
// Control checks the socket's address once more.
func (c *Client) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(strings.ToLower(host), ".")
	if c.opts.Dial != nil && c.opts.AllowHost != nil && c.opts.AllowHost(name) {
		return c.opts.Dial(ctx, network, addr)
	}
	ips, err := c.resolve(ctx, host)
	if err != nil {
		return nil, err
	}
	if !c.opts.AllowPrivate {
		for _, ip := range ips {
			if CheckAddr(ip) != nil {
				return nil, &guardError{host: host, ip: ip}
			}
		}
	}
	var first error
	for _, ip := range ips {
		target := net.JoinHostPort(ip.String(), port)
		if c.connectHook != nil {
			if err := c.connectHook(network, target); err != nil {
				return nil, err
			}
		}
		conn, err := c.dialer.DialContext(ctx, network, target)
		if err == nil {
			return conn, nil
		}
		if first == nil {
			first = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, first
}

// resolve returns the addresses of host: the host itself when it is an
// IP literal, else what the resolver says.
func (c *Client) resolve(ctx context.Context, host string) ([]netip.Addr, error) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{ip}, nil
	}
	ips, err := c.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("lookup %s: no addresses", host)
	}
	return ips, nil
}

// controlGuard is the net.Dialer Control function: a last check on the
// address the socket is about to connect to.
func (c *Client) controlGuard(network, address string, _ syscall.RawConn) error {
	if c.opts.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparsable address %q", ErrPrivateAddress, address)
	}
	if CheckAddr(ap.Addr()) != nil {
		return &guardError{host: ap.Addr().String(), ip: ap.Addr()}
	}
	return nil
}
