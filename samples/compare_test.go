// This file implements normalisation and comparison of responses.

package samples

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// Masked replaces the values of headers that change from run to run.
const Masked = "*"

// maskedHeaders are replaced by Masked: Date changes every second, and
// Server names the implementation (Microsoft-NetCore/2.0 in .NET,
// Mono-HTTPAPI/1.0 in Mono), which programs do not observe.
var maskedHeaders = []string{"Date", "Server"}

// Normalize rewrites a received response so that it compares equal across
// runs: Date and Server values become Masked, and ":<port>" in header values
// and the body becomes ":$PORT". Content-Length is left as sent, so expected
// responses assume a five-digit port (FreePort only hands those out).
func Normalize(r *Response, port int) {
	from := ":" + strconv.Itoa(port)
	to := ":" + PortVar
	norm := func(h *Head) {
		for i := range h.Header {
			f := &h.Header[i]
			for _, m := range maskedHeaders {
				if strings.EqualFold(f.Name, m) {
					f.Value = Masked
				}
			}
			f.Value = strings.ReplaceAll(f.Value, from, to)
		}
	}
	for i := range r.Interim {
		norm(&r.Interim[i])
	}
	norm(&r.Head)
	r.Body = bytes.ReplaceAll(r.Body, []byte(from), []byte(to))
}

// CompareOptions select how strict Diff is.
type CompareOptions struct {
	// IgnoreHeaderOrder compares header fields as a multiset (fields with
	// the same name keep their relative order). Managed .NET's order is
	// spec item 11; Mono's differs, so only the Mono side ignores it.
	IgnoreHeaderOrder bool
}

// Diff compares expected and actual exchanges and returns a readable report,
// or "" when they match. Each differing exchange is shown with its request
// and a line diff (go-cmp) of the response texts, including whether the
// connection was closed.
func Diff(want, got []Exchange, opt CompareOptions) string {
	var b strings.Builder
	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(got):
			fmt.Fprintf(&b, "exchange %d (conn %s): not run\n", i+1, want[i].Conn)
			continue
		case i >= len(want):
			fmt.Fprintf(&b, "exchange %d (conn %s): unexpected\n", i+1, got[i].Conn)
			continue
		}
		w, g := responseLines(want[i].Response, opt), responseLines(got[i].Response, opt)
		if d := cmp.Diff(w, g); d != "" {
			fmt.Fprintf(&b, "exchange %d on conn %s, request:\n%s", i+1, want[i].Conn, indent(EncodeRequest(want[i].Request)))
			fmt.Fprintf(&b, "response mismatch (-want +got):\n%s\n", d)
		}
	}
	return b.String()
}

// responseLines is the text compared by Diff: FormatResponse's lines plus a
// last line on the connection state.
func responseLines(r Response, opt CompareOptions) []string {
	if opt.IgnoreHeaderOrder {
		r = sortedHeaders(r)
	}
	lines := strings.Split(FormatResponse(&r), "\n")
	state := "(connection kept open)"
	if r.Closed {
		state = "(connection closed)"
	}
	return append(lines, state)
}

// sortedHeaders returns a copy of r with header fields sorted by lower-case
// name, stable so repeated fields keep their order.
func sortedHeaders(r Response) Response {
	sortHead := func(h Head) Head {
		fs := append([]Field(nil), h.Header...)
		sort.SliceStable(fs, func(i, j int) bool { return strings.ToLower(fs[i].Name) < strings.ToLower(fs[j].Name) })
		h.Header = fs
		return h
	}
	r.Head = sortHead(r.Head)
	interim := make([]Head, len(r.Interim))
	for i, h := range r.Interim {
		interim[i] = sortHead(h)
	}
	r.Interim = interim
	return r
}

func indent(s string) string {
	return "\t" + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n\t") + "\n"
}

// firstDifference describes in one line the first difference Diff would
// report, or returns "" when there is none. It names the exchange and the
// line of the response text (FormatResponse plus the connection state), which
// is specific enough for a status list and stable across runs because the
// responses are normalised.
func firstDifference(want, got []Exchange, opt CompareOptions) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(got):
			return fmt.Sprintf("exchange %d (conn %s): not run", i+1, want[i].Conn)
		case i >= len(want):
			return fmt.Sprintf("exchange %d (conn %s): unexpected", i+1, got[i].Conn)
		}
		w, g := responseLines(want[i].Response, opt), responseLines(got[i].Response, opt)
		lengthDiff := ""
		for j := 0; j < len(w) || j < len(g); j++ {
			wl, gl := lineOrEnd(w, j), lineOrEnd(g, j)
			if wl == gl {
				continue
			}
			d := fmt.Sprintf("exchange %d (conn %s) line %d: want %s, got %s", i+1, want[i].Conn, j+1, wl, gl)
			// A different Content-Length only follows from a different
			// body; the body line says what is wrong.
			if lengthDiff == "" && strings.HasPrefix(wl, `"Content-Length:`) && strings.HasPrefix(gl, `"Content-Length:`) {
				lengthDiff = d
				continue
			}
			return d
		}
		if lengthDiff != "" {
			return lengthDiff
		}
	}
	return ""
}

// lineOrEnd quotes lines[i], or says that the text ended before it.
func lineOrEnd(lines []string, i int) string {
	if i >= len(lines) {
		return "(end of response)"
	}
	return strconv.Quote(lines[i])
}
