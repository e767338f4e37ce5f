// Command cs2go-bench measures, in one run, what users pick cs2go for: the
// translated server's throughput, latency and memory against a hand-written
// net/http server and the C# original on Mono, and the translator's speed
// against gofmt and mcs. It prints a Markdown report for BENCHMARKS.md.
//
// Usage (from the repository root):
//
//	go run ./cmd/cs2go-bench [-duration 8s] [-runs 3] [-conns 32,256] [-modes keep-alive,close] [-idle 1000]
//
// It needs wrk (apt-get install wrk) for the load, and mcs/mono for the Mono
// peer (skipped, and said so in the report, when absent). All traffic stays
// on 127.0.0.1; every run is bounded in time and connections.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cs2go/cs2go/samples"
)

//go:embed hello.cs
var helloCS []byte

func main() {
	os.Exit(run())
}

type options struct {
	duration time.Duration
	runs     int
	// translateRuns is the repetitions per sample of the translation
	// timing: a run takes milliseconds, so many runs cost little and keep
	// one slow run on a busy machine from deciding a sample's figure.
	translateRuns int
	conns         []int
	modes         []bool // closeMode values to load-test, in order
	idle          int
	soak          time.Duration
	skip          map[string]bool
}

func run() int {
	var o options
	var conns, modes, skip string
	flag.DurationVar(&o.duration, "duration", 8*time.Second, "length of each wrk run")
	flag.IntVar(&o.runs, "runs", 3, "repetitions per measurement (the median is reported)")
	flag.IntVar(&o.translateRuns, "translate-runs", 31, "repetitions of each translation timing: per sample (cs2go and gofmt alternating) and per throughput input (the median is reported)")
	flag.StringVar(&conns, "conns", "32,256", "wrk connection counts")
	flag.StringVar(&modes, "modes", "keep-alive,close", "load modes: keep-alive, close (Connection: close on every response)")
	flag.IntVar(&o.idle, "idle", 1000, "idle keep-alive connections for the memory test")
	flag.StringVar(&skip, "skip", "", "comma-separated parts to skip: load, idle, translate, mono")
	flag.DurationVar(&o.soak, "soak", 0, "if set, only run the soak: the translated KeepAlive sample under 256 connections for this long")
	flag.Parse()
	for _, c := range strings.Split(conns, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "cs2go-bench: bad -conns %q\n", conns)
			return 2
		}
		o.conns = append(o.conns, n)
	}
	for _, m := range strings.Split(modes, ",") {
		switch strings.TrimSpace(m) {
		case "keep-alive":
			o.modes = append(o.modes, false)
		case "close":
			o.modes = append(o.modes, true)
		default:
			fmt.Fprintf(os.Stderr, "cs2go-bench: bad -modes %q\n", modes)
			return 2
		}
	}
	o.skip = map[string]bool{}
	for _, s := range strings.Split(skip, ",") {
		if s != "" {
			o.skip[s] = true
		}
	}
	if err := bench(o); err != nil {
		fmt.Fprintln(os.Stderr, "cs2go-bench:", err)
		return 1
	}
	return 0
}

// server is one peer under test: how to start it on a port in a mode.
type server struct {
	name  string
	start func(port int, closeMode bool) (*exec.Cmd, error)
}

func bench(o options) error {
	work, err := os.MkdirTemp("", "cs2go-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	fmt.Printf("## Run of %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Printf("Command: `go run ./cmd/cs2go-bench %s`\n\n", strings.Join(os.Args[1:], " "))
	fmt.Printf("Machine: %s\n\n", machine())

	cs2go := filepath.Join(work, "cs2go")
	if err := goBuild(cs2go, "./cmd/cs2go"); err != nil {
		return err
	}
	helloPath := filepath.Join(work, "hello.cs")
	if err := os.WriteFile(helloPath, helloCS, 0o644); err != nil {
		return err
	}

	if o.soak > 0 {
		return soak(o, work, cs2go)
	}
	servers, notes, err := buildServers(o, work, cs2go, helloPath)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Printf("- %s\n", n)
	}
	fmt.Println()

	if !o.skip["load"] {
		if err := loadTable(o, servers); err != nil {
			return err
		}
	}
	if !o.skip["idle"] {
		if err := idleTable(o, servers); err != nil {
			return err
		}
	}
	if !o.skip["translate"] {
		if err := translateTable(o, work, cs2go); err != nil {
			return err
		}
	}
	return nil
}

func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if m := regexp.MustCompile(`model name\s*:\s*(.*)`).FindSubmatch(b); m != nil {
			cpu = string(m[1])
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if m := regexp.MustCompile(`MemTotal:\s*(\d+) kB`).FindSubmatch(b); m != nil {
			kb, _ := strconv.Atoi(string(m[1]))
			mem = fmt.Sprintf(", %.0f GiB memory", float64(kb)/1024/1024)
		}
	}
	return fmt.Sprintf("%d cores (%s)%s, %s %s/%s", runtime.NumCPU(), cpu, mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func goBuild(out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w", pkg, err)
	}
	return nil
}

// buildServers translates hello.cs with cs2go and builds it, builds the
// net/http peer, and compiles hello.cs with mcs for Mono.
func buildServers(o options, work, cs2go, helloPath string) ([]server, []string, error) {
	var notes []string
	modDir := filepath.Join(work, "translated")
	cmd := exec.Command(cs2go, "-o", modDir, helloPath)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, nil, fmt.Errorf("cs2go -o: %w", err)
	}
	translated := filepath.Join(work, "hello-go")
	build := exec.Command("go", "build", "-o", translated, ".")
	build.Dir = modDir
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return nil, nil, fmt.Errorf("building the translation: %w", err)
	}
	nethttp := filepath.Join(work, "nethttp")
	if err := goBuild(nethttp, "./cmd/cs2go-bench/nethttp"); err != nil {
		return nil, nil, err
	}
	binary := func(path string) func(int, bool) (*exec.Cmd, error) {
		return func(port int, closeMode bool) (*exec.Cmd, error) {
			args := []string{strconv.Itoa(port)}
			if closeMode {
				args = append(args, "close")
			}
			return startServer(exec.Command(path, args...), port)
		}
	}
	servers := []server{
		{"cs2go (translated hello.cs)", binary(translated)},
		{"net/http (hand-written)", binary(nethttp)},
	}
	notes = append(notes, "cs2go: hello.cs translated by this checkout's cs2go and built with `go build`.")
	notes = append(notes, "net/http: cmd/cs2go-bench/nethttp, the same response written by hand.")
	if o.skip["mono"] {
		notes = append(notes, "Mono: skipped (-skip mono).")
		return servers, notes, nil
	}
	if _, err := exec.LookPath("mcs"); err != nil {
		notes = append(notes, "Mono: not measured, mcs is not installed (apt-get install mono-mcs).")
		return servers, notes, nil
	}
	exe := filepath.Join(work, "hello.exe")
	mcs := exec.Command("mcs", "-out:"+exe, helloPath)
	mcs.Stderr = os.Stderr
	if err := mcs.Run(); err != nil {
		return nil, nil, fmt.Errorf("mcs: %w", err)
	}
	servers = append(servers, server{"Mono (C# original)", func(port int, closeMode bool) (*exec.Cmd, error) {
		args := []string{exe, strconv.Itoa(port)}
		if closeMode {
			args = append(args, "close")
		}
		return startServer(exec.Command("mono", args...), port)
	}})
	out, _ := exec.Command("mono", "--version").Output()
	notes = append(notes, "Mono: "+strings.SplitN(string(out), "\n", 2)[0]+", hello.cs compiled by mcs.")
	return servers, notes, nil
}

// startServer starts cmd and waits until its port answers.
func startServer(cmd *exec.Cmd, port int) (*exec.Cmd, error) {
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			return cmd, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop(cmd)
	return nil, fmt.Errorf("%s did not listen on port %d within 20s", cmd.Path, port)
}

func stop(cmd *exec.Cmd) {
	cmd.Process.Kill()
	cmd.Wait()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// wrkResult is one wrk run.
type wrkResult struct {
	rps, p50, p99 float64 // requests/s, latency in ms
	rssKiB        int     // the server's peak RSS
	errors        string
}

var (
	rpsRe    = regexp.MustCompile(`Requests/sec:\s*([\d.]+)`)
	pctRe    = regexp.MustCompile(`(?m)^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$`)
	errorsRe = regexp.MustCompile(`Socket errors:.*|Non-2xx or 3xx responses:.*`)
)

func runWrk(port, conns int, d time.Duration) (wrkResult, error) {
	return runWrkHost("127.0.0.1", port, conns, d)
}

// runWrkHost is runWrk with the host name the URL (and so the Host header)
// carries: a listener prefix for "localhost" answers 404 to "127.0.0.1".
func runWrkHost(host string, port, conns int, d time.Duration) (wrkResult, error) {
	// wrk reads "60s" but not Go's "1m0s": pass whole seconds.
	secs := strconv.Itoa(int(d.Round(time.Second) / time.Second))
	out, err := exec.Command("wrk", "-t1", "-c"+strconv.Itoa(conns), "-d"+secs+"s", "--latency",
		fmt.Sprintf("http://%s:%d/", host, port)).CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %v\n%s", err, out)
	}
	var r wrkResult
	m := rpsRe.FindSubmatch(out)
	if m == nil {
		return r, fmt.Errorf("wrk printed no Requests/sec:\n%s", out)
	}
	r.rps, _ = strconv.ParseFloat(string(m[1]), 64)
	for _, p := range pctRe.FindAllSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(string(p[2]), 64)
		switch string(p[3]) {
		case "us":
			v /= 1000
		case "s":
			v *= 1000
		}
		if string(p[1]) == "50" {
			r.p50 = v
		} else {
			r.p99 = v
		}
	}
	r.errors = strings.Join(regexp.MustCompile(`\s+`).Split(strings.Join(stringsOf(errorsRe.FindAll(out, -1)), "; "), -1), " ")
	return r, nil
}

func stringsOf(bs [][]byte) []string {
	s := make([]string, len(bs))
	for i, b := range bs {
		s[i] = string(b)
	}
	return s
}

// rss reads a process's current (VmRSS) or peak (VmHWM) resident set in KiB.
func rss(pid int, field string) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), field+":") {
			n, _ := strconv.Atoi(strings.Fields(sc.Text())[1])
			return n
		}
	}
	return 0
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// loadTable runs wrk against every server in each of o.modes and prints medians
// and ratios against net/http and Mono measured in the same run.
func loadTable(o options, servers []server) error {
	if _, err := exec.LookPath("wrk"); err != nil {
		fmt.Printf("### Load\n\nNot measured: wrk is not installed (apt-get install wrk).\n\n")
		return nil
	}
	fmt.Printf("### Load: wrk -t1, %s per run, median of %d runs\n\n", o.duration, o.runs)
	fmt.Println("| mode | conns | server | req/s | p50 ms | p99 ms | peak RSS MiB | vs net/http | vs Mono | notes |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for _, closeMode := range o.modes {
		mode := "keep-alive"
		if closeMode {
			mode = "Connection: close"
		}
		for _, conns := range o.conns {
			// Runs are interleaved (server A, B, C, then A, B, C again) so
			// that a neighbour's load, which drifts over minutes, falls on
			// every server alike instead of on whichever ran during it.
			type samples struct {
				rps, p50, p99, mem []float64
				errs               []string
			}
			got := map[string]*samples{}
			for i := 0; i < o.runs; i++ {
				for _, s := range servers {
					if got[s.name] == nil {
						got[s.name] = &samples{}
					}
					g := got[s.name]
					port, err := freePort()
					if err != nil {
						return err
					}
					cmd, err := s.start(port, closeMode)
					if err != nil {
						return fmt.Errorf("%s: %w", s.name, err)
					}
					r, err := runWrk(port, conns, o.duration)
					r.rssKiB = rss(cmd.Process.Pid, "VmHWM")
					stop(cmd)
					if err != nil {
						return fmt.Errorf("%s: %w", s.name, err)
					}
					g.rps, g.p50, g.p99 = append(g.rps, r.rps), append(g.p50, r.p50), append(g.p99, r.p99)
					g.mem = append(g.mem, float64(r.rssKiB)/1024)
					if r.errors != "" {
						g.errs = append(g.errs, r.errors)
					}
				}
			}
			results := map[string]wrkResult{}
			for name, g := range got {
				results[name] = wrkResult{rps: median(g.rps), p50: median(g.p50), p99: median(g.p99), rssKiB: int(median(g.mem) * 1024), errors: strings.Join(dedupe(g.errs), "; ")}
			}
			for _, s := range servers {
				r := results[s.name]
				fmt.Printf("| %s | %d | %s | %.0f | %.2f | %.2f | %.1f | %s | %s | %s |\n", mode, conns, s.name, r.rps, r.p50, r.p99,
					float64(r.rssKiB)/1024, ratio(r.rps, results["net/http (hand-written)"].rps), ratio(r.rps, results["Mono (C# original)"].rps), r.errors)
			}
		}
	}
	fmt.Println()
	return nil
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func ratio(a, b float64) string {
	if a == 0 || b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// idleTable holds N keep-alive connections open on each server (each has
// made one request) and reports the RSS growth per connection.
func idleTable(o options, servers []server) error {
	fmt.Printf("### Idle memory: %d keep-alive connections held open, median of %d runs\n\n", o.idle, o.runs)
	fmt.Println("| server | RSS before MiB | RSS with connections MiB | KiB per connection | vs net/http |")
	fmt.Println("|---|---|---|---|---|")
	perConn := map[string]float64{}
	type row struct{ before, after, per float64 }
	rows := map[string]row{}
	for _, s := range servers {
		var before, after, per []float64
		for i := 0; i < o.runs; i++ {
			port, err := freePort()
			if err != nil {
				return err
			}
			cmd, err := s.start(port, false)
			if err != nil {
				return err
			}
			b, a, err := holdIdle(cmd.Process.Pid, port, o.idle)
			stop(cmd)
			if err != nil {
				return fmt.Errorf("%s: %w", s.name, err)
			}
			before, after = append(before, float64(b)/1024), append(after, float64(a)/1024)
			per = append(per, float64(a-b)/float64(o.idle))
		}
		rows[s.name] = row{median(before), median(after), median(per)}
		perConn[s.name] = median(per)
	}
	for _, s := range servers {
		r := rows[s.name]
		fmt.Printf("| %s | %.1f | %.1f | %.1f | %s |\n", s.name, r.before, r.after, r.per, ratio(r.per, perConn["net/http (hand-written)"]))
	}
	fmt.Println()
	return nil
}

func holdIdle(pid, port, n int) (before, after int, err error) {
	// One warm-up request so that lazily built state is not counted.
	if c, err := idleConn(port); err == nil {
		c.Close()
	}
	time.Sleep(200 * time.Millisecond)
	before = rss(pid, "VmRSS")
	conns := make([]net.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < n; i++ {
		c, err := idleConn(port)
		if err != nil {
			return 0, 0, fmt.Errorf("connection %d: %w", i, err)
		}
		conns = append(conns, c)
	}
	time.Sleep(time.Second)
	return before, rss(pid, "VmRSS"), nil
}

// idleConn opens a connection, makes one keep-alive request and reads the
// whole response, leaving the connection idle and open.
func idleConn(port int) (net.Conn, error) {
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 5*time.Second)
	if err != nil {
		return nil, err
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); err != nil {
		c.Close()
		return nil, err
	}
	br := bufio.NewReader(c)
	length := -1
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			c.Close()
			return nil, err
		}
		if line == "\r\n" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Content-Length") {
			length, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	if length < 0 {
		c.Close()
		return nil, errors.New("response without Content-Length")
	}
	if _, err := io.CopyN(io.Discard, br, int64(length)); err != nil {
		c.Close()
		return nil, err
	}
	c.SetDeadline(time.Time{})
	return c, nil
}

// translateTable times the translator per sample against gofmt on its
// output and mcs on its input, then its throughput on 1x, 10x, 100x copies
// of the largest sample.
func translateTable(o options, work, cs2go string) error {
	files, _ := filepath.Glob("samples/*/Program.cs")
	sort.Strings(files)
	if len(files) == 0 {
		return errors.New("no samples/*/Program.cs (run from the repository root)")
	}
	_, mcsErr := exec.LookPath("mcs")
	fmt.Printf("### Translation: wall time per sample, median of %d alternating runs of cs2go and gofmt (mcs: %d runs)\n\n", o.translateRuns, o.runs)
	fmt.Println("| sample | lines | cs2go ms | gofmt ms | mcs ms | cs2go / gofmt |")
	fmt.Println("|---|---|---|---|---|---|")
	var ratios []float64
	largest, largestLines := "", 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		lines := strings.Count(string(src), "\n")
		if lines > largestLines {
			largest, largestLines = f, lines
		}
		// One untimed run writes the Go that gofmt is timed on; the timed
		// runs of both tools then alternate and write to /dev/null, so that
		// neither pays for creating a file and both meet the same neighbours.
		goOut := filepath.Join(work, "out.go")
		goSrc, err := exec.Command(cs2go, f).Output()
		if err == nil {
			err = os.WriteFile(goOut, goSrc, 0o644)
		}
		if err != nil {
			fmt.Printf("| %s | %d | failed | | | |\n", f, lines)
			continue
		}
		tr, gf := timeAlternating(o.translateRuns,
			func() error { return exec.Command(cs2go, f).Run() },
			func() error { return exec.Command("gofmt", goOut).Run() })
		if tr < 0 || gf < 0 {
			fmt.Printf("| %s | %d | failed | | | |\n", f, lines)
			continue
		}
		mcs := "–"
		if mcsErr == nil {
			m := timeRuns(o.runs, func() error {
				return exec.Command("mcs", "-out:"+filepath.Join(work, "x.exe"), "-r:System.Web.dll", f).Run()
			})
			if m >= 0 {
				mcs = fmt.Sprintf("%.1f", m)
			}
		}
		ratios = append(ratios, tr/gf)
		fmt.Printf("| %s | %d | %.1f | %.1f | %s | %.2f× |\n", filepath.Base(filepath.Dir(f)), lines, tr, gf, mcs, tr/gf)
	}
	fmt.Printf("\nMedian cs2go/gofmt ratio over the samples: %.2f×\n\n", median(ratios))

	fmt.Printf("### Translation throughput: copies of %s (%d lines), `cs2go check`, median of %d runs\n\n", largest, largestLines, o.translateRuns)
	fmt.Println("| copies | lines | ms | lines/s |")
	fmt.Println("|---|---|---|---|")
	src, _ := os.ReadFile(largest)
	for _, n := range []int{1, 10, 100} {
		big := samples.Replicate(string(src), n)
		path := filepath.Join(work, fmt.Sprintf("big%d.cs", n))
		if err := os.WriteFile(path, []byte(big), 0o644); err != nil {
			return err
		}
		lines := strings.Count(big, "\n")
		ms := timeRuns(o.translateRuns, func() error {
			// check translates fully and writes nothing; the copies
			// translate without a diagnostic (samples.Replicate's test), so
			// any exit but 0 is a failure.
			return exec.Command(cs2go, "check", path).Run()
		})
		if ms < 0 {
			fmt.Printf("| %d | %d | failed | |\n", n, lines)
			continue
		}
		fmt.Printf("| %d | %d | %.1f | %.0f |\n", n, lines, ms, float64(lines)/(ms/1000))
	}
	fmt.Println()
	return nil
}

// timeRuns returns the median wall time in ms of runs calls, or -1 when a
// call fails.
func timeRuns(runs int, f func() error) float64 {
	var ms []float64
	for i := 0; i < runs; i++ {
		start := time.Now()
		if err := f(); err != nil {
			return -1
		}
		ms = append(ms, float64(time.Since(start).Microseconds())/1000)
	}
	return median(ms)
}

// timeAlternating calls a and b in turn runs times each and returns their
// median wall times in ms, or -1 for one whose call fails.
func timeAlternating(runs int, a, b func() error) (float64, float64) {
	var msA, msB []float64
	for i := 0; i < runs; i++ {
		for _, m := range []struct {
			f  func() error
			ms *[]float64
		}{{a, &msA}, {b, &msB}} {
			start := time.Now()
			if err := m.f(); err != nil {
				return -1, -1
			}
			*m.ms = append(*m.ms, float64(time.Since(start).Microseconds())/1000)
		}
	}
	return median(msA), median(msB)
}

// soak runs the translated KeepAlive docs sample (samples/keepalive) under
// wrk with 256 connections for o.soak, sampling the server's RSS every 5 s,
// and reports errors and the RSS series (issue 8: zero errors, flat RSS).
func soak(o options, work, cs2go string) error {
	modDir := filepath.Join(work, "keepalive")
	cmd := exec.Command(cs2go, "-o", modDir, "samples/keepalive/Program.cs")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("cs2go -o: %w", err)
	}
	bin := filepath.Join(work, "keepalive-go")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = modDir
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return err
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	srv, err := startServer(exec.Command(bin, strconv.Itoa(port)), port)
	if err != nil {
		return err
	}
	defer stop(srv)
	var samples []int
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				samples = append(samples, rss(srv.Process.Pid, "VmRSS"))
			}
		}
	}()
	// The sample's prefix is http://localhost:PORT/, so the requests must
	// name localhost.
	r, err := runWrkHost("localhost", port, 256, o.soak)
	close(done)
	<-sampled
	if err != nil {
		return err
	}
	fmt.Printf("### Soak: translated samples/keepalive, wrk -t1 -c256 -d%ds http://localhost:PORT/ (Connection: close on every response)\n\n", int(o.soak.Seconds()))
	fmt.Printf("- requests/s: %.0f, p50 %.2f ms, p99 %.2f ms\n", r.rps, r.p50, r.p99)
	errs := r.errors
	if errs == "" {
		errs = "none reported by wrk"
	}
	fmt.Printf("- errors: %s\n", errs)
	var mib []string
	for _, kb := range samples {
		mib = append(mib, fmt.Sprintf("%.1f", float64(kb)/1024))
	}
	fmt.Printf("- server RSS every 5 s (MiB): %s\n\n", strings.Join(mib, ", "))
	return nil
}
