package web

import (
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

func TestPublicAddr(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true},
		{"151.101.1.69", true},
		{"2606:4700:4700::1111", true},
		{"127.0.0.1", false},
		{"127.1.2.3", false},
		{"::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fd00::1", false},
		{"100.64.0.1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
		{"192.0.2.1", false},
		{"64:ff9b::a00:1", false},      // NAT64 of 10.0.0.1
		{"2002:7f00:1::1", false},      // 6to4 of 127.0.0.1
		{"2001:0:4136:e378::1", false}, // Teredo
	} {
		if got := PublicAddr(netip.MustParseAddr(tc.ip)); got != tc.want {
			t.Errorf("PublicAddr(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}

const fetchedArticle = "The Harbour Vote\n\n\"We will not be hurried,\" said Ann Lee, who chairs the harbour board.\n"

// origin serves the article, and redirects /away to target.
func origin(target string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/away":
			http.Redirect(w, r, target, http.StatusFound)
		case "/binary":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		default:
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte(fetchedArticle))
		}
	})
}

func submitURL(t *testing.T, s *Server, u string) (int, string) {
	t.Helper()
	rec := post(t, s, "/view", "application/x-www-form-urlencoded", strings.NewReader("url="+url.QueryEscape(u)))
	return rec.Code, rec.Body.String()
}

func TestFetch(t *testing.T) {
	srv := httptest.NewServer(origin(""))
	defer srv.Close()

	t.Run("off by default", func(t *testing.T) {
		s := New(Config{})
		code, body := submitURL(t, s, srv.URL+"/story")
		if code != 400 || !strings.Contains(body, "off on this server") {
			t.Errorf("status %d: %s", code, body)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if strings.Contains(rec.Body.String(), `name="url"`) {
			t.Error("the form offers a URL field while fetching is off")
		}
	})

	t.Run("loopback refused", func(t *testing.T) {
		s := New(Config{Fetch: true})
		for _, u := range []string{srv.URL + "/story", "http://localhost:" + portOf(srv.URL) + "/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"} {
			code, body := submitURL(t, s, u)
			if code != 400 || !strings.Contains(body, "not a public address") {
				t.Errorf("%s: status %d: %s", u, code, body)
			}
		}
		for _, u := range []string{"file:///etc/passwd", "gopher://example.org/", "http://user:pw@example.org/"} {
			if code, body := submitURL(t, s, u); code != 400 || !strings.Contains(body, "http or https address") {
				t.Errorf("%s: status %d: %s", u, code, body)
			}
		}
	})

	// With a rule that trusts 127.0.0.1 (and no other address), as a
	// public host would be: the article is fetched and shown.
	only := func(ap netip.AddrPort) bool { return ap.Addr() == netip.MustParseAddr("127.0.0.1") }
	s := New(Config{Fetch: true, allowAddr: only})
	t.Run("fetched", func(t *testing.T) {
		code, body := submitURL(t, s, srv.URL+"/story")
		if code != 200 || !strings.Contains(body, `title="direct quotation — Ann Lee"`) {
			t.Errorf("status %d: %s", code, body)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if !strings.Contains(rec.Body.String(), `name="url"`) {
			t.Error("the form has no URL field while fetching is on")
		}
	})
	t.Run("not text", func(t *testing.T) {
		if code, body := submitURL(t, s, srv.URL+"/binary"); code != 400 || !strings.Contains(body, "application/pdf") {
			t.Errorf("status %d: %s", code, body)
		}
	})
	t.Run("redirect to a refused address", func(t *testing.T) {
		// A second server on 127.0.0.2, which the rule refuses: the
		// redirect's connection is checked as the first was.
		ln, err := net.Listen("tcp", "127.0.0.2:0")
		if err != nil {
			t.Skipf("no 127.0.0.2 here: %v", err)
		}
		inner := httptest.NewUnstartedServer(origin(""))
		inner.Listener = ln
		inner.Start()
		defer inner.Close()
		redirector := httptest.NewServer(origin(inner.URL + "/secret"))
		defer redirector.Close()
		if code, body := submitURL(t, s, inner.URL+"/secret"); code != 400 || !strings.Contains(body, "not a public address") {
			t.Errorf("direct: status %d: %s", code, body)
		}
		if code, body := submitURL(t, s, redirector.URL+"/away"); code != 400 || !strings.Contains(body, "not a public address") {
			t.Errorf("through a redirect: status %d: %s", code, body)
		}
	})
}

func portOf(u string) string {
	p, _ := url.Parse(u)
	return p.Port()
}
