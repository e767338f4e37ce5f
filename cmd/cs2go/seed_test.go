// The seed test: samples/keepalive/Program.cs, translated with -o, built
// offline against the bundled runtime, serves its greeting with
// `Connection: close` (spec item 22) to a raw TCP client.

package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestItem22_SeedKeepAliveFalseClosesConnection(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a translated program")
	}
	src, err := filepath.Abs("../../samples/keepalive/Program.cs")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var stderr bytes.Buffer
	if code := run([]string{"-o", dir, "--force", src}, nil, io.Discard, &stderr); code != 0 {
		t.Fatalf("cs2go -o: exit %d\n%s", code, stderr.String())
	}
	build := exec.Command("go", "build", "-o", "server", ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build of the translation: %v\n%s", err, out)
	}
	port := freePort(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv := exec.CommandContext(ctx, filepath.Join(dir, "server"), strconv.Itoa(port))
	stdout, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	// The program prints its banner once it listens.
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "Listening on port") {
		t.Fatalf("banner: %q, %v", line, err)
	}
	conn, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	// Connection: close means the server ends the stream after the body.
	resp, err := io.ReadAll(conn)
	if err != nil {
		t.Fatalf("reading until the server closes: %v (got %q)", err, resp)
	}
	head, body, ok := strings.Cut(string(resp), "\r\n\r\n")
	if !ok {
		t.Fatalf("no header end in %q", resp)
	}
	lines := strings.Split(head, "\r\n")
	if lines[0] != "HTTP/1.1 200 OK" {
		t.Errorf("status line %q", lines[0])
	}
	const want = "<HTML><BODY> Hello world!</BODY></HTML>"
	for _, h := range []string{"Content-Length: " + strconv.Itoa(len(want)), "Connection: close"} {
		found := false
		for _, l := range lines[1:] {
			found = found || l == h
		}
		if !found {
			t.Errorf("header %q missing in %q", h, head)
		}
	}
	if body != want {
		t.Errorf("body %q, want %q", body, want)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
