// This file implements the request-script format: a txtar archive whose files
// alternate "request CONN" (bytes to send) and "response CONN" (what managed
// .NET answers; several in a row after a section of pipelined requests), plus
// the text form of a response used both in scripts and in diffs. README.md
// documents the format for authors.

package samples

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// PortVar stands for the server's port. Requests say it where the port is
// needed (Host headers); Normalize writes it in place of ":<port>" in
// responses, so expected responses do not depend on the port picked.
const PortVar = "$PORT"

// Script is a parsed script.txtar: a list of exchanges, run in order.
type Script struct {
	// Comment is the archive's leading comment (free text for readers).
	Comment string
	// Exchanges hold the requests to send and the expected responses.
	Exchanges []Exchange
}

// Exchange is one request sent on a named connection and the response read
// back. In a Script, Response is the expected one; Replay fills it with what
// the server sent.
type Exchange struct {
	// Conn names the TCP connection: exchanges with the same Conn share one
	// connection, opened at its first use.
	Conn string
	// Request is the exact bytes to send, still containing PortVar.
	Request []byte
	// Response is the response to the request.
	Response Response
}

// Response is one HTTP response as read from the wire, with the framing
// removed (chunked bodies are decoded).
type Response struct {
	// Interim holds 1xx responses (e.g. "100 Continue") that came first.
	Interim []Head
	// Head is the status line and headers of the final response.
	Head
	// Body is the decoded body.
	Body []byte
	// Closed reports that the server closed the connection after this
	// response.
	Closed bool
	// Error describes why the response is missing or incomplete
	// ("timeout", "EOF", "malformed ..."); empty for a complete response.
	Error string
}

// Head is a status line plus header fields in wire order.
type Head struct {
	// Status is the status line without CRLF, e.g. "HTTP/1.1 200 OK".
	Status string
	// Header holds the fields in the order received, names as sent.
	Header []Field
}

// Field is one header line.
type Field struct {
	Name, Value string
}

// Get returns the first value of the named header (case-insensitive) and
// whether it was present.
func (h *Head) Get(name string) (string, bool) {
	for _, f := range h.Header {
		if strings.EqualFold(f.Name, name) {
			return f.Value, true
		}
	}
	return "", false
}

// StatusCode returns the number in the status line, or 0.
func (h *Head) StatusCode() int {
	parts := strings.SplitN(h.Status, " ", 3)
	if len(parts) < 2 {
		return 0
	}
	n, _ := strconv.Atoi(parts[1])
	return n
}

// Section names. A response section may say "closed" after the connection
// name: the server closed the connection after that response.
const (
	requestWord  = "request"
	responseWord = "response"
	closedWord   = "closed"
)

// ParseScript parses a script archive. Each "request C" section is followed
// by one "response C" section, or by several in a row when the request
// section holds several pipelined requests: the extra exchanges have an empty
// Request and only read the next response.
func ParseScript(data []byte) (*Script, error) {
	ar := parseArchive(data)
	s := &Script{Comment: string(ar.Comment)}
	conn := "" // connection of the last request, while its responses follow
	for i, f := range ar.Files {
		words := strings.Fields(f.Name)
		switch {
		case len(words) == 2 && words[0] == requestWord:
			if conn != "" {
				return nil, fmt.Errorf("section %q: the request before it has no response", f.Name)
			}
			req, err := DecodeRequest(f.Data)
			if err != nil {
				return nil, fmt.Errorf("section %q: %w", f.Name, err)
			}
			conn = words[1]
			s.Exchanges = append(s.Exchanges, Exchange{Conn: conn, Request: req})
		case len(words) >= 2 && len(words) <= 3 && words[0] == responseWord && (len(words) == 2 || words[2] == closedWord):
			if i == 0 || words[1] != lastConn(s) {
				return nil, fmt.Errorf("section %q: want \"response %s\" after a request on %s", f.Name, lastConn(s), lastConn(s))
			}
			resp, err := ParseResponse(f.Data)
			if err != nil {
				return nil, fmt.Errorf("section %q: %w", f.Name, err)
			}
			resp.Closed = len(words) == 3
			if conn == "" {
				// Another response to the same (pipelined) request section.
				s.Exchanges = append(s.Exchanges, Exchange{Conn: words[1]})
			}
			s.Exchanges[len(s.Exchanges)-1].Response = resp
			conn = ""
		default:
			return nil, fmt.Errorf("section %q: want \"request CONN\", \"response CONN\" or \"response CONN closed\"", f.Name)
		}
	}
	if conn != "" {
		return nil, fmt.Errorf("the last request (on %s) has no response section", conn)
	}
	return s, nil
}

// lastConn returns the connection of the last exchange, or "".
func lastConn(s *Script) string {
	if len(s.Exchanges) == 0 {
		return ""
	}
	return s.Exchanges[len(s.Exchanges)-1].Conn
}

// ResponseSectionName is the txtar file name for a response on conn.
func ResponseSectionName(conn string, r *Response) string {
	if r.Closed {
		return responseWord + " " + conn + " " + closedWord
	}
	return responseWord + " " + conn
}

// DecodeRequest turns the text of a request section into bytes: every line
// ends in CRLF; escapes \r \n \t \\ and \xHH stand for those bytes; a
// backslash at the very end of a line suppresses that line's CRLF (for bodies
// without a line end, or bare-LF requests written as "...\n\").
func DecodeRequest(text []byte) ([]byte, error) {
	var out bytes.Buffer
	lines := strings.SplitAfter(string(text), "\n")
	for n, line := range lines {
		if line == "" {
			continue
		}
		line = strings.TrimSuffix(line, "\n")
		eol := true
		if strings.HasSuffix(line, `\`) && !strings.HasSuffix(line, `\\`) {
			line, eol = line[:len(line)-1], false
		}
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c != '\\' {
				out.WriteByte(c)
				continue
			}
			if i+1 >= len(line) {
				return nil, fmt.Errorf("line %d: lone backslash", n+1)
			}
			i++
			switch line[i] {
			case 'r':
				out.WriteByte('\r')
			case 'n':
				out.WriteByte('\n')
			case 't':
				out.WriteByte('\t')
			case '\\':
				out.WriteByte('\\')
			case 'x':
				if i+3 > len(line) {
					return nil, fmt.Errorf("line %d: short \\x escape", n+1)
				}
				b, err := strconv.ParseUint(line[i+1:i+3], 16, 8)
				if err != nil {
					return nil, fmt.Errorf("line %d: bad \\x escape: %v", n+1, err)
				}
				out.WriteByte(byte(b))
				i += 2
			default:
				return nil, fmt.Errorf("line %d: unknown escape \\%c", n+1, line[i])
			}
		}
		if eol {
			out.WriteString("\r\n")
		}
	}
	return out.Bytes(), nil
}

// EncodeRequest is the inverse of DecodeRequest, for messages and for
// writing scripts.
func EncodeRequest(req []byte) string {
	var b strings.Builder
	for i := 0; i < len(req); i++ {
		c := req[i]
		switch {
		case c == '\r' && i+1 < len(req) && req[i+1] == '\n':
			b.WriteByte('\n')
			i++
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	s := b.String()
	if !strings.HasSuffix(s, "\n") {
		s += "\\\n"
	}
	return s
}

// errorPrefix opens the first line of a response text whose Error is set.
const errorPrefix = "<error: "

// FormatResponse renders r as script text: an optional "<error: ...>" line,
// interim heads, the status line, "Name: value" lines, an empty line, then the
// body followed by one extra "\n" (so a body that lacks a final newline can be
// told from one that has it). Closed is not part of the text: it goes in the
// section name.
func FormatResponse(r *Response) string {
	var b strings.Builder
	if r.Error != "" {
		b.WriteString(errorPrefix + r.Error + ">\n")
		if r.Status == "" && len(r.Interim) == 0 {
			return b.String()
		}
	}
	writeHead := func(h *Head) {
		b.WriteString(h.Status + "\n")
		for _, f := range h.Header {
			b.WriteString(f.Name + ": " + f.Value + "\n")
		}
		b.WriteString("\n")
	}
	for i := range r.Interim {
		writeHead(&r.Interim[i])
	}
	if r.Status != "" {
		writeHead(&r.Head)
		b.Write(r.Body)
		b.WriteString("\n")
	}
	return b.String()
}

// ParseResponse parses the text FormatResponse writes.
func ParseResponse(text []byte) (Response, error) {
	var r Response
	s := string(text)
	if rest, ok := strings.CutPrefix(s, errorPrefix); ok {
		line, after, _ := strings.Cut(rest, "\n")
		if !strings.HasSuffix(line, ">") {
			return r, fmt.Errorf("error line %q does not end in '>'", errorPrefix+line)
		}
		r.Error = strings.TrimSuffix(line, ">")
		s = after
		if s == "" {
			return r, nil
		}
	}
	for {
		headText, rest, ok := strings.Cut(s, "\n\n")
		if !ok {
			return r, fmt.Errorf("no empty line after the headers of %q", firstLine(s))
		}
		lines := strings.Split(headText, "\n")
		h := Head{Status: lines[0]}
		if !strings.HasPrefix(h.Status, "HTTP/") {
			return r, fmt.Errorf("status line %q does not start with HTTP/", h.Status)
		}
		for _, l := range lines[1:] {
			name, value, ok := strings.Cut(l, ":")
			if !ok {
				return r, fmt.Errorf("header line %q has no colon", l)
			}
			h.Header = append(h.Header, Field{Name: name, Value: strings.TrimPrefix(value, " ")})
		}
		s = rest
		if isInterim(h.StatusCode()) {
			r.Interim = append(r.Interim, h)
			continue
		}
		r.Head = h
		break
	}
	if !strings.HasSuffix(s, "\n") {
		return r, fmt.Errorf("body must end with the extra newline the format adds")
	}
	r.Body = []byte(strings.TrimSuffix(s, "\n"))
	return r, nil
}

// isInterim reports whether a status code is a 1xx informational response
// that precedes the final one (101 Switching Protocols is final).
func isInterim(code int) bool { return code >= 100 && code < 200 && code != 101 }

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// archive is a txtar archive (the format of golang.org/x/tools/txtar, which
// go-internal's txtar package wraps; it is parsed here because that module is
// not among this module's requirements): a comment, then files each opened
// by a "-- name --" line.
type archive struct {
	Comment []byte
	Files   []archiveFile
}

type archiveFile struct {
	Name string
	Data []byte
}

// parseArchive splits data at marker lines; it never fails.
func parseArchive(data []byte) *archive {
	ar := &archive{}
	cur := &ar.Comment
	for len(data) > 0 {
		line, rest, found := bytes.Cut(data, []byte("\n"))
		if found {
			line = append(line, '\n')
		}
		if name, ok := markerName(line); ok {
			ar.Files = append(ar.Files, archiveFile{Name: name})
			cur = &ar.Files[len(ar.Files)-1].Data
		} else {
			*cur = append(*cur, line...)
		}
		data = rest
	}
	return ar
}

// markerName returns the file name if line is "-- name --".
func markerName(line []byte) (string, bool) {
	l := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(l, "-- ") || !strings.HasSuffix(l, " --") || len(l) < 7 {
		return "", false
	}
	return strings.TrimSpace(l[3 : len(l)-3]), true
}

// format renders the archive; every non-empty section ends in a newline.
func (ar *archive) format() []byte {
	var b bytes.Buffer
	b.Write(fixNL(ar.Comment))
	for _, f := range ar.Files {
		fmt.Fprintf(&b, "-- %s --\n", f.Name)
		b.Write(fixNL(f.Data))
	}
	return b.Bytes()
}

func fixNL(data []byte) []byte {
	if len(data) == 0 || data[len(data)-1] == '\n' {
		return data
	}
	return append(data[:len(data):len(data)], '\n')
}
