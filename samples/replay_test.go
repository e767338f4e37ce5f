// This file implements the replay client: it sends a script's raw request
// bytes over plain TCP and reads the responses back, honouring the framing a
// real client would (Content-Length, chunked, or until the server closes).
// It deliberately does not use net/http, which would hide or repair exactly
// the details the samples check (header case and order, duplicate headers,
// bodies of HEAD responses, connection reuse).

package samples

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Timeouts of the replay client. They are generous because the servers under
// test may be Mono processes on a busy two-core machine.
var (
	// DialTimeout bounds connecting to the server.
	DialTimeout = 5 * time.Second
	// ResponseTimeout bounds reading one complete response.
	ResponseTimeout = 10 * time.Second
	// OpenWait is how long a connection must stay quiet after its last
	// response for it to count as kept open.
	OpenWait = 500 * time.Millisecond
	// CloseWait is how long to wait for the server's FIN after a response
	// that announced "Connection: close".
	CloseWait = 3 * time.Second
)

// Replay runs the script against the server at addr (host:port) and returns
// one Exchange per script exchange, with the responses as received. PortVar
// in the requests is replaced by addr's port. Problems with a single response
// (timeouts, early EOF, bad framing) are recorded in Response.Error; the error
// result is for failures that stop the whole replay, such as a refused
// connection.
func Replay(addr string, s *Script) ([]Exchange, error) {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	type conn struct {
		c  net.Conn
		br *bufio.Reader
	}
	conns := map[string]*conn{}
	defer func() {
		for _, c := range conns {
			c.c.Close()
		}
	}()
	// The connection state is probed after the last response on each
	// connection (and after any "Connection: close"); an earlier unexpected
	// close shows up anyway as an error on the next request.
	last := map[string]int{}
	for i, ex := range s.Exchanges {
		last[ex.Conn] = i
	}
	var out []Exchange
	for i, ex := range s.Exchanges {
		c := conns[ex.Conn]
		if c == nil {
			nc, err := net.DialTimeout("tcp", addr, DialTimeout)
			if err != nil {
				return out, fmt.Errorf("connection %s: %w", ex.Conn, err)
			}
			c = &conn{c: nc, br: bufio.NewReader(nc)}
			conns[ex.Conn] = c
		}
		req := bytes.ReplaceAll(ex.Request, []byte(PortVar), []byte(port))
		got := Exchange{Conn: ex.Conn, Request: ex.Request}
		c.c.SetWriteDeadline(time.Now().Add(ResponseTimeout))
		if len(req) == 0 {
			// A further response to a pipelined request section.
			got.Response = readResponse(c.c, c.br, last[ex.Conn] == i)
		} else if _, err := c.c.Write(req); err != nil {
			got.Response.Error = "write: " + describe(err)
			got.Response.Closed = true
		} else {
			got.Response = readResponse(c.c, c.br, last[ex.Conn] == i)
		}
		out = append(out, got)
	}
	return out, nil
}

// readResponse reads interim and final response from br, then finds out
// whether the server closes the connection: always when the response says
// "Connection: close", otherwise only if probe is set.
func readResponse(c net.Conn, br *bufio.Reader, probe bool) Response {
	var r Response
	c.SetReadDeadline(time.Now().Add(ResponseTimeout))
	for {
		h, err := readHead(br)
		if err != nil {
			if h.Status == "" && len(r.Interim) == 0 {
				r.Error = describe(err)
			} else {
				r.Head = h
				r.Error = "in headers: " + describe(err)
			}
			r.Closed = isClosed(err)
			return r
		}
		if isInterim(h.StatusCode()) {
			r.Interim = append(r.Interim, h)
			continue
		}
		r.Head = h
		break
	}
	body, delimitedByClose, err := readBody(br, &r.Head)
	r.Body = body
	if err != nil {
		r.Error = "in body: " + describe(err)
		r.Closed = isClosed(err)
		return r
	}
	if delimitedByClose {
		r.Closed = true
		return r
	}
	wait := OpenWait
	if v, _ := r.Get("Connection"); strings.Contains(strings.ToLower(v), "close") {
		wait = CloseWait
	} else if !probe {
		return r
	}
	c.SetReadDeadline(time.Now().Add(wait))
	_, err = br.Peek(1)
	r.Closed = err != nil && isClosed(err)
	return r
}

// readHead reads a status line and header fields up to the empty line.
// Bare LF line ends are accepted; CR before LF is dropped.
func readHead(br *bufio.Reader) (Head, error) {
	var h Head
	line, err := readLine(br)
	if err != nil {
		return h, err
	}
	h.Status = line
	if !strings.HasPrefix(line, "HTTP/") {
		return h, fmt.Errorf("malformed status line %q", line)
	}
	for {
		line, err := readLine(br)
		if err != nil {
			return h, err
		}
		if line == "" {
			return h, nil
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return h, fmt.Errorf("malformed header line %q", line)
		}
		h.Header = append(h.Header, Field{Name: name, Value: strings.Trim(value, " \t")})
	}
}

// readLine reads one line without its line end.
func readLine(br *bufio.Reader) (string, error) {
	line, err := br.ReadString('\n')
	if err != nil {
		if err == io.EOF && line != "" {
			err = io.ErrUnexpectedEOF
		}
		return line, err
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

// readBody reads the body by the rules of RFC 9112 section 6.3, as a client
// would: chunked wins over Content-Length; no body for 204 and 304; otherwise
// the body runs until the server closes. The HEAD method is deliberately not
// special-cased: HttpListener sends whatever the handler writes (spec item 8),
// and the samples never announce a length for HEAD without writing the body.
func readBody(br *bufio.Reader, h *Head) (body []byte, delimitedByClose bool, err error) {
	if te, ok := h.Get("Transfer-Encoding"); ok && strings.Contains(strings.ToLower(te), "chunked") {
		body, err = readChunked(br)
		return body, false, err
	}
	if cl, ok := h.Get("Content-Length"); ok {
		n, perr := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
		if perr != nil || n < 0 {
			return nil, false, fmt.Errorf("malformed Content-Length %q", cl)
		}
		body = make([]byte, n)
		k, err := io.ReadFull(br, body)
		return body[:k], false, err
	}
	if code := h.StatusCode(); code == 204 || code == 304 {
		return nil, false, nil
	}
	body, err = io.ReadAll(br)
	return body, true, err
}

// readChunked decodes a chunked body; chunk extensions and trailers are read
// and dropped.
func readChunked(br *bufio.Reader) ([]byte, error) {
	var body []byte
	for {
		line, err := readLine(br)
		if err != nil {
			return body, err
		}
		sizeText, _, _ := strings.Cut(line, ";")
		size, err := strconv.ParseInt(strings.TrimSpace(sizeText), 16, 64)
		if err != nil || size < 0 {
			return body, fmt.Errorf("malformed chunk size line %q", line)
		}
		if size == 0 {
			for {
				line, err := readLine(br)
				if err != nil {
					return body, err
				}
				if line == "" {
					return body, nil
				}
			}
		}
		chunk := make([]byte, size)
		k, err := io.ReadFull(br, chunk)
		body = append(body, chunk[:k]...)
		if err != nil {
			return body, err
		}
		if line, err := readLine(br); err != nil || line != "" {
			if err == nil {
				err = fmt.Errorf("chunk of %d bytes not followed by CRLF but %q", size, line)
			}
			return body, err
		}
	}
}

// isClosed reports whether err means the peer closed or reset the connection.
func isClosed(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// describe turns a read error into stable text for Response.Error, so that
// expected and actual errors compare equal regardless of addresses in the
// error messages.
func describe(err error) string {
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return "timeout"
	case errors.Is(err, io.EOF):
		return "EOF"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected EOF"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EPIPE):
		return "broken pipe"
	}
	return err.Error()
}
