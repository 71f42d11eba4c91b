package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"github.com/hearsay-project/hearsay"
)

// Fetching an article from a URL is off unless Config.Fetch is set
// (`hearsay serve --fetch`). A server that fetches what its users name can
// be made to reach what only it can reach: the machine itself, the local
// network, a cloud's metadata service. So the fetcher connects only to
// public addresses, and checks the address it actually connects to, after
// DNS and on every redirect, so that a name that resolves to a private
// address (or is made to, between two lookups) is refused too. It uses no
// proxy, only ports 80 and 443, at most 5 redirects, and the same size
// limit as an upload.

// errRefused is the error for an address the fetcher will not connect to.
var errRefused = errors.New("refused: not a public address on port 80 or 443")

// notPublic are ranges that IsPrivate, IsLoopback and the like do not
// cover but that are not the public internet either.
var notPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64: may lead to a private IPv4 address
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("2002::/16"),       // 6to4: embeds an IPv4 address
	netip.MustParsePrefix("2001::/32"),       // Teredo: embeds an IPv4 address
}

// PublicAddr reports whether ip is an address on the public internet:
// not loopback, private, link-local, multicast, unspecified, or one of
// the special ranges above.
func PublicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || !ip.IsGlobalUnicast() || ip.IsPrivate() || ip.IsLoopback() ||
		ip.IsLinkLocalUnicast() || ip.IsMulticast() || ip.IsUnspecified() || ip.Zone() != "" {
		return false
	}
	for _, p := range notPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// fetcher gets articles over HTTP for the form.
type fetcher struct {
	client *http.Client
	max    int64
}

// publicHTTP accepts ports 80 and 443 of public addresses.
func publicHTTP(ap netip.AddrPort) bool {
	return PublicAddr(ap.Addr()) && (ap.Port() == 80 || ap.Port() == 443)
}

// newFetcher returns a fetcher that connects only to the addresses and
// ports allow accepts (publicHTTP unless a test says otherwise).
func newFetcher(max int64, allow func(netip.AddrPort) bool) *fetcher {
	dialer := &net.Dialer{
		Timeout: 10 * time.Second,
		// Control runs for every connection, after DNS: the address
		// checked is the one connected to.
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || !allow(ap) {
				return fmt.Errorf("%s: %w", address, errRefused)
			}
			return nil
		},
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  15 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		MaxIdleConns:           4,
		IdleConnTimeout:        30 * time.Second,
	}
	return &fetcher{max: max, client: &http.Client{
		Transport: tr,
		Timeout:   30 * time.Second,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: address", req.URL.Scheme)
			}
			return nil
		},
	}}
}

// fetch gets the article at rawURL; its format follows the answer's
// Content-Type.
func (f *fetcher) fetch(ctx context.Context, rawURL string) ([]byte, string, hearsay.Format, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return nil, "", "", userError{"give an http or https address, without a user name or password"}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", userError{"unusable address: " + err.Error()}
	}
	req.Header.Set("User-Agent", "hearsay (+https://github.com/hearsay-project/hearsay)")
	req.Header.Set("Accept", "text/html, text/markdown;q=0.9, text/plain;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, errRefused) {
			return nil, "", "", userError{"will not fetch " + u.Host + ": it is not a public address on port 80 or 443 (loopback, private and local networks are refused)"}
		}
		return nil, "", "", userError{"could not fetch the page: " + err.Error()}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", userError{fmt.Sprintf("the page answered %s", resp.Status)}
	}
	var format hearsay.Format
	if mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
		if format, err = formatOf(mt); err != nil {
			return nil, "", "", userError{"the page is " + mt + ", not text, Markdown or HTML"}
		}
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, f.max+1))
	if err != nil {
		return nil, "", "", userError{"could not read the page: " + err.Error()}
	}
	if int64(len(raw)) > f.max {
		return nil, "", "", hearsay.ErrTooLarge
	}
	return raw, u.String(), format, nil
}
