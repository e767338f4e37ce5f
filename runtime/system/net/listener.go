// HttpListener and HttpListenerPrefixCollection: the listener's lifecycle,
// its context queue, prefix syntax checks and the endpoints prefixes bind
// (spec items 60-68).

// Package net is System.Net for translated programs: HttpListener and its
// family, with managed .NET's observable behaviour (the contract is
// shared/spec/httplistener.md). The listener owns its sockets: one
// net.Listener per address and port, one goroutine per connection reading
// requests with a strict, bounded parser, and responses serialised byte for
// byte as .NET's SendHeaders writes them. Go's net/http server is not used.
//
// https:// prefixes are served with TLS from a certificate the program
// supplies: HttpListener.SetTLSCertificate(certFile, keyFile) (a cs2go
// extension), or the PEM files named by the environment variables
// CS2GO_TLS_CERT and CS2GO_TLS_KEY. Start fails with HttpListenerException
// when an https prefix has no certificate.
//
// Documented differences from .NET: the prefix collection enumerates in
// insertion order; prefix host names match requests case-insensitively;
// "localhost" binds 127.0.0.1; pipelined requests are served (as HTTP.sys
// does), Stop sends nothing to idle connections, and the error responses
// of the listener are sent once; Response.Headers does not list the Server,
// Date and framing headers the listener adds when sending;
// CloseBytes(entity, false) writes synchronously.
package net

import (
	"errors"
	gonet "net"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/tasks"
)

type listenerState int32

const (
	stateStopped listenerState = iota
	stateStarted
	stateClosed
)

// Exception texts from .NET's Strings.resx (spec §1).
const (
	msgListenerMustCallStart  = "Please call the Start() method before calling this method."
	msgListenerMustCallPrefix = "Please call the AddPrefix() method before calling this method."
	msgListenerScheme         = "Only Uri prefixes starting with 'http://' or 'https://' are supported."
	msgListenerHost           = "Only Uri prefixes with a valid hostname are supported."
	msgListenerSlash          = "Only Uri prefixes ending in '/' are allowed."
	msgListenerAlready        = "Failed to listen on prefix '%s' because it conflicts with an existing registration on the machine."
	msgInvalidPort            = "Invalid port in prefix."
	msgInvalidPath            = "Invalid path."
	msgNotSupported           = "The request is not supported."
	msgListenerClosed         = "Listener closed."
)

// HttpListener is System.Net.HttpListener: it accepts HTTP requests for the
// URI prefixes in Prefixes and hands them out as HttpListenerContexts, in
// arrival order, through GetContext, BeginGetContext or GetContextAsync.
type HttpListener struct {
	mu       sync.Mutex
	state    listenerState
	prefixes *HttpListenerPrefixCollection

	authSchemes           AuthenticationSchemes
	authSelector          func(*HttpListenerRequest) AuthenticationSchemes
	realm                 string
	ignoreWriteExceptions atomic.Bool
	unsafeNtlm            bool
	timeouts              *HttpListenerTimeoutManager
	tlsCertFile           string
	tlsKeyFile            string

	// bound holds the prefixes registered with endpoints while started.
	bound map[string]*boundPrefix
	// queue holds delivered contexts nobody has asked for yet (FIFO);
	// waiters the pending GetContext/BeginGetContext calls (FIFO).
	queue   []*HttpListenerContext
	waiters []*listenerAsyncResult
	// active holds connections whose current request belongs to this
	// listener; Stop closes them.
	active map[*connection]struct{}
}

// NewHttpListener is `new HttpListener()`.
func NewHttpListener() *HttpListener {
	l := &HttpListener{
		authSchemes: AuthenticationSchemesAnonymous,
		timeouts:    &HttpListenerTimeoutManager{},
		bound:       map[string]*boundPrefix{},
		active:      map[*connection]struct{}{},
	}
	l.prefixes = &HttpListenerPrefixCollection{l: l}
	return l
}

// HttpListenerIsSupported is the static HttpListener.IsSupported: always true.
func HttpListenerIsSupported() bool { return true }

func (l *HttpListener) checkDisposedLocked() {
	if l.state == stateClosed {
		panic(system.NewObjectDisposedException("System.Net.HttpListener"))
	}
}

// lockLive locks l.mu, or throws ObjectDisposedException (unlocked) when
// the listener is closed.
func (l *HttpListener) lockLive() {
	l.mu.Lock()
	if l.state == stateClosed {
		l.mu.Unlock()
		panic(system.NewObjectDisposedException("System.Net.HttpListener"))
	}
}

func (l *HttpListener) checkDisposed() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
}

// Prefixes is HttpListener.Prefixes: the same collection on every call;
// ObjectDisposedException once the listener is closed.
func (l *HttpListener) Prefixes() *HttpListenerPrefixCollection {
	l.checkDisposed()
	return l.prefixes
}

// AuthenticationSchemes is the HttpListener.AuthenticationSchemes getter
// (default Anonymous).
func (l *HttpListener) AuthenticationSchemes() AuthenticationSchemes {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.authSchemes
}

// SetAuthenticationSchemes is the HttpListener.AuthenticationSchemes setter.
// Only Anonymous and Basic are honoured, as in managed .NET.
func (l *HttpListener) SetAuthenticationSchemes(value AuthenticationSchemes) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	l.authSchemes = value
}

// AuthenticationSchemeSelectorDelegate is the getter of the property of the same name.
func (l *HttpListener) AuthenticationSchemeSelectorDelegate() func(*HttpListenerRequest) AuthenticationSchemes {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.authSelector
}

// SetAuthenticationSchemeSelectorDelegate is the
// HttpListener.AuthenticationSchemeSelectorDelegate setter: the delegate
// picks the scheme per request; a delegate that throws gives a 500 (item 70).
func (l *HttpListener) SetAuthenticationSchemeSelectorDelegate(selector func(*HttpListenerRequest) AuthenticationSchemes) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	l.authSelector = selector
}

// Realm is the HttpListener.Realm getter ("" for null).
func (l *HttpListener) Realm() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.realm
}

// SetRealm is the HttpListener.Realm setter.
func (l *HttpListener) SetRealm(value string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	l.realm = value
}

// IgnoreWriteExceptions is the HttpListener.IgnoreWriteExceptions getter.
func (l *HttpListener) IgnoreWriteExceptions() bool { return l.ignoreWriteExceptions.Load() }

// SetIgnoreWriteExceptions is the HttpListener.IgnoreWriteExceptions setter:
// when true, failed socket writes are swallowed instead of raising
// HttpListenerException (item 69).
func (l *HttpListener) SetIgnoreWriteExceptions(value bool) {
	l.checkDisposed()
	l.ignoreWriteExceptions.Store(value)
}

// UnsafeConnectionNtlmAuthentication is the getter of the property of the
// same name; it has no effect (managed .NET has no NTLM).
func (l *HttpListener) UnsafeConnectionNtlmAuthentication() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.unsafeNtlm
}

// SetUnsafeConnectionNtlmAuthentication is the setter of
// HttpListener.UnsafeConnectionNtlmAuthentication; stored only.
func (l *HttpListener) SetUnsafeConnectionNtlmAuthentication(value bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	l.unsafeNtlm = value
}

// TimeoutManager is HttpListener.TimeoutManager.
func (l *HttpListener) TimeoutManager() *HttpListenerTimeoutManager {
	l.checkDisposed()
	return l.timeouts
}

// IsListening is HttpListener.IsListening.
func (l *HttpListener) IsListening() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.state == stateStarted
}

// Start is HttpListener.Start(): it binds every prefix's endpoint. It is a
// no-op when already started. A failure raises HttpListenerException and
// leaves the listener closed (item 61).
func (l *HttpListener) Start() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	if l.state == stateStarted {
		return
	}
	for _, p := range l.prefixes.list {
		if ex := l.registerLocked(p); ex != nil {
			l.unregisterAllLocked()
			l.state = stateClosed
			panic(ex)
		}
	}
	l.state = stateStarted
}

// Stop is HttpListener.Stop(): it unbinds the prefixes, closes the
// connections serving this listener, and fails pending GetContext calls
// with HttpListenerException 500 "Listener closed." (item 68). The
// listener can be started again.
func (l *HttpListener) Stop() {
	l.lockLive()
	l.stopLocked()
}

// stopLocked releases l.mu.
func (l *HttpListener) stopLocked() {
	if l.state == stateStarted {
		l.state = stateStopped
	}
	l.unregisterAllLocked()
	waiters := l.waiters
	l.waiters = nil
	queued := l.queue
	l.queue = nil
	active := make([]*connection, 0, len(l.active))
	for c := range l.active {
		active = append(active, c)
	}
	clear(l.active)
	l.mu.Unlock()

	for _, c := range active {
		c.abort()
	}
	for _, ctx := range queued {
		ctx.conn.abort()
	}
	for _, w := range waiters {
		w.complete(nil, NewHttpListenerExceptionMessage(500, msgListenerClosed))
	}
}

// Close is HttpListener.Close(): Stop, then the listener is disposed.
// Repeated calls do nothing.
func (l *HttpListener) Close() {
	l.mu.Lock()
	if l.state == stateClosed {
		l.mu.Unlock()
		return
	}
	l.state = stateClosed
	l.stopLocked()
}

// Abort is HttpListener.Abort(): like Close, without waiting for anything.
func (l *HttpListener) Abort() { l.Close() }

// Dispose is IDisposable.Dispose(): Close.
func (l *HttpListener) Dispose() { l.Close() }

// GetContext is HttpListener.GetContext(): it blocks until a request
// arrives. Before Start it raises InvalidOperationException; with no
// prefixes too; Stop or Close while waiting raises HttpListenerException
// 500 "Listener closed." (items 67, 68).
func (l *HttpListener) GetContext() *HttpListenerContext {
	l.lockLive()
	if l.state != stateStarted {
		l.mu.Unlock()
		panic(system.NewInvalidOperationException(msgListenerMustCallStart))
	}
	if len(l.prefixes.list) == 0 {
		l.mu.Unlock()
		panic(system.NewInvalidOperationException(msgListenerMustCallPrefix))
	}
	if len(l.queue) > 0 {
		ctx := l.popQueueLocked()
		l.mu.Unlock()
		return ctx
	}
	// A synchronous waiter is never seen by the caller, so it is recycled.
	ar := syncWaiters.Get().(*listenerAsyncResult)
	ar.l = l
	l.waiters = append(l.waiters, ar)
	l.mu.Unlock()
	<-ar.signal
	ctx, ex := ar.ctx, ar.ex
	ar.l, ar.ctx, ar.ex = nil, nil, nil
	syncWaiters.Put(ar)
	if ex != nil {
		panic(ex)
	}
	return ctx
}

var syncWaiters = sync.Pool{New: func() any {
	return &listenerAsyncResult{signal: make(chan struct{}, 1)}
}}

func (l *HttpListener) popQueueLocked() *HttpListenerContext {
	ctx := l.queue[0]
	l.queue[0] = nil
	l.queue = l.queue[1:]
	return ctx
}

// BeginGetContext is HttpListener.BeginGetContext(callback, state): it
// returns at once; callback (may be nil) runs on its own goroutine when a
// request arrives. Unlike GetContext it is allowed with no prefixes.
func (l *HttpListener) BeginGetContext(callback system.AsyncCallback, state any) system.IAsyncResult {
	l.lockLive()
	if l.state != stateStarted {
		l.mu.Unlock()
		panic(system.NewInvalidOperationException(msgListenerMustCallStart))
	}
	ar := newListenerAsyncResult(l, callback, state)
	if len(l.queue) > 0 {
		ctx := l.popQueueLocked()
		l.mu.Unlock()
		ar.completedSync = true
		ar.complete(ctx, nil)
		return ar
	}
	l.waiters = append(l.waiters, ar)
	l.mu.Unlock()
	return ar
}

// EndGetContext is HttpListener.EndGetContext(asyncResult): it waits for
// the operation and returns its context. nil raises ArgumentNullException,
// a result from elsewhere ArgumentException, a second call
// InvalidOperationException; a call pending during Stop raises
// ObjectDisposedException('listener') (item 68).
func (l *HttpListener) EndGetContext(asyncResult system.IAsyncResult) *HttpListenerContext {
	if asyncResult == nil {
		panic(system.NewArgumentNullException("asyncResult"))
	}
	ar, ok := asyncResult.(*listenerAsyncResult)
	if !ok || ar == nil || ar.l != l {
		panic(system.NewArgumentExceptionParam("The IAsyncResult object was not returned from the corresponding asynchronous method on this class.", "asyncResult"))
	}
	if ar.ended.Swap(true) {
		panic(system.NewInvalidOperationException("EndGetContext can only be called once for each asynchronous operation."))
	}
	<-ar.done
	if ar.ex != nil {
		if _, closed := ar.ex.(*HttpListenerException); closed {
			panic(system.NewObjectDisposedException("listener"))
		}
		panic(ar.ex)
	}
	return ar.ctx
}

// GetContextAsync is HttpListener.GetContextAsync(): a task completed with
// the next context. Preconditions are checked when called, as .NET's
// Task.Factory.FromAsync does through BeginGetContext.
func (l *HttpListener) GetContextAsync() *tasks.TaskOf[*HttpListenerContext] {
	ar := l.BeginGetContext(nil, nil).(*listenerAsyncResult)
	return tasks.RunOf(func() *HttpListenerContext { return l.EndGetContext(ar) })
}

// deliver hands a parsed, routed request to the listener: to the oldest
// waiter, else to the queue. It reports false when the listener is no
// longer started; the caller then drops the connection.
func (l *HttpListener) deliver(ctx *HttpListenerContext) bool {
	l.mu.Lock()
	if l.state != stateStarted {
		l.mu.Unlock()
		return false
	}
	l.active[ctx.conn] = struct{}{}
	if len(l.waiters) > 0 {
		w := l.waiters[0]
		l.waiters[0] = nil
		l.waiters = l.waiters[1:]
		l.mu.Unlock()
		w.complete(ctx, nil)
		return true
	}
	l.queue = append(l.queue, ctx)
	l.mu.Unlock()
	return true
}

// release forgets a connection whose response for this listener finished.
func (l *HttpListener) release(c *connection) {
	l.mu.Lock()
	delete(l.active, c)
	l.mu.Unlock()
}

// registerLocked binds p's endpoint and registers p on it.
func (l *HttpListener) registerLocked(p string) system.Exception {
	if _, ok := l.bound[p]; ok {
		return nil
	}
	bp, ex := parseBoundPrefix(p)
	if ex != nil {
		return ex
	}
	bp.listener = l
	if bp.secure {
		cfg, ex := l.tlsConfig(p)
		if ex != nil {
			return ex
		}
		bp.tls = cfg
	}
	if ex := endpoints.add(bp); ex != nil {
		return ex
	}
	l.bound[p] = bp
	return nil
}

func (l *HttpListener) unregisterLocked(p string) {
	if bp, ok := l.bound[p]; ok {
		delete(l.bound, p)
		endpoints.remove(bp)
	}
}

func (l *HttpListener) unregisterAllLocked() {
	for p := range l.bound {
		l.unregisterLocked(p)
	}
}

// HttpListenerPrefixCollection is System.Net.HttpListenerPrefixCollection:
// the URI prefixes a listener serves. Enumeration is in insertion order
// (.NET's is Hashtable order, which programs cannot rely on).
type HttpListenerPrefixCollection struct {
	l    *HttpListener
	list []string
}

// Add is HttpListenerPrefixCollection.Add(uriPrefix). Only the syntax is
// checked here (item 60); ports and hosts are checked at Start, or at once
// when the listener is already started (item 61).
func (c *HttpListenerPrefixCollection) Add(uriPrefix string) {
	l := c.l
	if uriPrefix == "" {
		panic(system.NewArgumentNullException("uriPrefix"))
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	checkPrefixSyntax(uriPrefix)
	for _, p := range c.list {
		if p == uriPrefix {
			if l.state == stateStarted {
				panic(NewHttpListenerExceptionMessage(400, strings.Replace(msgListenerAlready, "%s", uriPrefix, 1)))
			}
			return
		}
	}
	if l.state == stateStarted {
		if ex := l.registerLocked(uriPrefix); ex != nil {
			panic(ex)
		}
	}
	c.list = append(c.list, uriPrefix)
}

// checkPrefixSyntax is AddPrefix's syntax check: scheme, non-empty host
// (IPv6 in brackets) and a trailing '/'.
func checkPrefixSyntax(p string) {
	var i int
	switch {
	case len(p) >= 7 && strings.EqualFold(p[:7], "http://"):
		i = 7
	case len(p) >= 8 && strings.EqualFold(p[:8], "https://"):
		i = 8
	default:
		panic(system.NewArgumentExceptionParam(msgListenerScheme, "uriPrefix"))
	}
	inBrackets := false
	j := i
	for j < len(p) && p[j] != '/' && (p[j] != ':' || inBrackets) {
		if p[j] == '[' {
			if inBrackets {
				j = i
				break
			}
			inBrackets = true
		}
		if inBrackets && p[j] == ']' {
			inBrackets = false
		}
		j++
	}
	if i == j {
		panic(system.NewArgumentExceptionParam(msgListenerHost, "uriPrefix"))
	}
	if p[len(p)-1] != '/' {
		panic(system.NewArgumentExceptionParam(msgListenerSlash, "uriPrefix"))
	}
}

// Remove is HttpListenerPrefixCollection.Remove(uriPrefix): false when
// absent. While started the prefix is unregistered at once (item 65).
func (c *HttpListenerPrefixCollection) Remove(uriPrefix string) bool {
	l := c.l
	if uriPrefix == "" {
		panic(system.NewArgumentNullException("uriPrefix"))
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	for i, p := range c.list {
		if p == uriPrefix {
			c.list = append(c.list[:i:i], c.list[i+1:]...)
			l.unregisterLocked(p)
			return true
		}
	}
	return false
}

// Contains is HttpListenerPrefixCollection.Contains(uriPrefix): an exact,
// ordinal match; null raises ArgumentNullException("key").
func (c *HttpListenerPrefixCollection) Contains(uriPrefix string) bool {
	if uriPrefix == "" {
		panic(system.NewArgumentNullException("key"))
	}
	c.l.mu.Lock()
	defer c.l.mu.Unlock()
	for _, p := range c.list {
		if p == uriPrefix {
			return true
		}
	}
	return false
}

// Clear is HttpListenerPrefixCollection.Clear().
func (c *HttpListenerPrefixCollection) Clear() {
	l := c.l
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	for _, p := range c.list {
		l.unregisterLocked(p)
	}
	c.list = nil
}

// Count is HttpListenerPrefixCollection.Count.
func (c *HttpListenerPrefixCollection) Count() int32 {
	c.l.mu.Lock()
	defer c.l.mu.Unlock()
	return int32(len(c.list))
}

// IsReadOnly is HttpListenerPrefixCollection.IsReadOnly: false.
func (c *HttpListenerPrefixCollection) IsReadOnly() bool { return false }

// IsSynchronized is HttpListenerPrefixCollection.IsSynchronized: false.
func (c *HttpListenerPrefixCollection) IsSynchronized() bool { return false }

// CopyTo is HttpListenerPrefixCollection.CopyTo(array, offset).
func (c *HttpListenerPrefixCollection) CopyTo(array []string, offset int32) {
	if array == nil {
		panic(system.NewArgumentNullException("array"))
	}
	c.l.mu.Lock()
	defer c.l.mu.Unlock()
	if offset < 0 || int(offset)+len(c.list) > len(array) {
		panic(system.NewArgumentExceptionParam("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray"))
	}
	copy(array[offset:], c.list)
}

// All is the foreach enumeration of the collection: a snapshot of the
// prefixes, so the loop may modify the collection.
func (c *HttpListenerPrefixCollection) All() []string {
	c.l.mu.Lock()
	defer c.l.mu.Unlock()
	return append([]string(nil), c.list...)
}

// listenerAsyncResult is the IAsyncResult of BeginGetContext.
type listenerAsyncResult struct {
	l *HttpListener
	// signal, set only for GetContext's pooled waiters, is sent to instead
	// of closing done.
	signal        chan struct{}
	callback      system.AsyncCallback
	state         any
	done          chan struct{}
	ctx           *HttpListenerContext
	ex            system.Exception
	completedSync bool
	ended         atomic.Bool
}

func newListenerAsyncResult(l *HttpListener, callback system.AsyncCallback, state any) *listenerAsyncResult {
	return &listenerAsyncResult{l: l, callback: callback, state: state, done: make(chan struct{})}
}

// complete records the outcome and runs the callback on its own goroutine,
// so a callback that blocks (calls GetContext again, say) stalls nothing.
func (ar *listenerAsyncResult) complete(ctx *HttpListenerContext, ex system.Exception) {
	ar.ctx, ar.ex = ctx, ex
	if ar.signal != nil {
		ar.signal <- struct{}{}
		return
	}
	close(ar.done)
	if ar.callback != nil {
		go ar.callback(ar)
	}
}

// AsyncState is IAsyncResult.AsyncState: the state given to BeginGetContext.
func (ar *listenerAsyncResult) AsyncState() any { return ar.state }

// AsyncWaitHandle is IAsyncResult.AsyncWaitHandle.
func (ar *listenerAsyncResult) AsyncWaitHandle() system.WaitHandle { return chanWaitHandle(ar.done) }

// IsCompleted is IAsyncResult.IsCompleted.
func (ar *listenerAsyncResult) IsCompleted() bool {
	select {
	case <-ar.done:
		return true
	default:
		return false
	}
}

// CompletedSynchronously is IAsyncResult.CompletedSynchronously: true when
// a queued request was ready at BeginGetContext.
func (ar *listenerAsyncResult) CompletedSynchronously() bool { return ar.completedSync }

// chanWaitHandle is a WaitHandle signalled when its channel closes.
type chanWaitHandle chan struct{}

// WaitOne is WaitHandle.WaitOne().
func (h chanWaitHandle) WaitOne() bool {
	<-h
	return true
}

// WaitOneTimeout is WaitHandle.WaitOne(millisecondsTimeout).
func (h chanWaitHandle) WaitOneTimeout(millisecondsTimeout int32) bool {
	if millisecondsTimeout < 0 {
		return h.WaitOne()
	}
	t := time.NewTimer(time.Duration(millisecondsTimeout) * time.Millisecond)
	defer t.Stop()
	select {
	case <-h:
		return true
	case <-t.C:
		return false
	}
}

// boundPrefix is a prefix parsed for binding and routing.
type boundPrefix struct {
	original string
	secure   bool
	host     string // lower-cased; "*" and "+" are the wildcards
	port     int
	path     string // without its trailing '/', except for "/"
	ip       netip.Addr
	listener *HttpListener
	tls      tlsSource
}

// parseBoundPrefix parses a syntactically valid prefix and applies
// Start's checks: port, host, path and address (item 61).
func parseBoundPrefix(p string) (*boundPrefix, system.Exception) {
	bp := &boundPrefix{original: p, port: 80}
	start := 7
	if strings.EqualFold(p[:5], "https") {
		bp.secure, bp.port, start = true, 443, 8
	}
	end := start
	inBrackets := false
	for end < len(p) && p[end] != '/' && (p[end] != ':' || inBrackets) {
		switch p[end] {
		case '[':
			inBrackets = true
		case ']':
			inBrackets = false
		}
		end++
	}
	bp.host = strings.ToLower(p[start:end])
	root := strings.IndexByte(p[end:], '/') + end
	if p[end] == ':' {
		port, err := strconv.Atoi(p[end+1 : root])
		if err != nil || port <= 0 || port >= 65536 {
			return nil, NewHttpListenerExceptionMessage(400, msgInvalidPort)
		}
		bp.port = port
	}
	bp.path = p[root:]
	if len(bp.path) != 1 {
		bp.path = bp.path[:len(bp.path)-1]
	}
	if bp.host != "*" && bp.host != "+" && !validPrefixHost(bp.host) {
		return nil, NewHttpListenerExceptionMessage(400, msgListenerHost)
	}
	if strings.Contains(bp.path, "%") || strings.Contains(bp.path, "//") {
		return nil, NewHttpListenerExceptionMessage(400, msgInvalidPath)
	}
	switch bp.host {
	case "*", "+":
		bp.ip = netip.IPv4Unspecified()
	default:
		ip, ok := resolvePrefixHost(bp.host)
		if !ok || ip == netip.IPv4Unspecified() || ip == netip.IPv6Unspecified() {
			return nil, NewHttpListenerExceptionMessage(50, msgNotSupported)
		}
		bp.ip = ip
	}
	return bp, nil
}

// validPrefixHost is Uri.CheckHostName != Unknown: a DNS name, an IPv4
// address or a bracketed IPv6 address.
func validPrefixHost(h string) bool {
	if strings.HasPrefix(h, "[") {
		if !strings.HasSuffix(h, "]") {
			return false
		}
		a, err := netip.ParseAddr(h[1 : len(h)-1])
		return err == nil && a.Is6()
	}
	if h == "" || len(h) > 255 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80) {
				return false
			}
		}
	}
	return true
}

// resolvePrefixHost is Dns.GetHostAddresses(host)[0]. IPv4 is preferred so
// that "localhost" binds 127.0.0.1 whatever order /etc/hosts lists it in.
func resolvePrefixHost(h string) (netip.Addr, bool) {
	if strings.HasPrefix(h, "[") {
		a, err := netip.ParseAddr(h[1 : len(h)-1])
		return a, err == nil
	}
	if a, err := netip.ParseAddr(h); err == nil {
		return a, true
	}
	ips, err := gonet.LookupIP(h)
	if err != nil || len(ips) == 0 {
		return netip.Addr{}, false
	}
	for _, ip := range ips {
		if v4 := ip.To4(); v4 != nil {
			a, _ := netip.AddrFromSlice(v4)
			return a, true
		}
	}
	a, ok := netip.AddrFromSlice(ips[0])
	return a, ok
}

// endpointManager owns the process's endpoints, shared by all listeners:
// one socket per address and port, as HttpEndPointManager does.
type endpointManager struct {
	mu  sync.Mutex
	eps map[netip.AddrPort]*endpoint
}

var endpoints = &endpointManager{eps: map[netip.AddrPort]*endpoint{}}

// add binds bp's endpoint if needed and registers bp on it.
func (m *endpointManager) add(bp *boundPrefix) system.Exception {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := netip.AddrPortFrom(bp.ip, uint16(bp.port))
	ep := m.eps[key]
	if ep == nil {
		ln, err := listenTCP(key.String())
		if err != nil {
			return bindException(err)
		}
		ep = newEndpoint(key, ln, bp)
		m.eps[key] = ep
		go ep.acceptLoop()
	}
	return ep.addPrefix(bp)
}

// remove unregisters bp; an endpoint left with no prefixes is closed.
func (m *endpointManager) remove(bp *boundPrefix) {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := netip.AddrPortFrom(bp.ip, uint16(bp.port))
	ep := m.eps[key]
	if ep == nil {
		return
	}
	if ep.removePrefix(bp) == 0 {
		delete(m.eps, key)
		ep.close()
	}
}

// bindException converts a bind failure: .NET surfaces a SocketException's
// code and text as HttpListenerException (item 62).
func bindException(err error) system.Exception {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return NewHttpListenerExceptionMessage(10048, "Address already in use")
	case errors.Is(err, syscall.EACCES):
		return NewHttpListenerExceptionMessage(10013, "Permission denied")
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return NewHttpListenerExceptionMessage(10049, "Cannot assign requested address")
	}
	return NewHttpListenerExceptionMessage(50, msgNotSupported)
}

// endpoint is one listening socket (HttpEndPointListener): the prefixes
// registered on it, from any listener, and its open connections.
type endpoint struct {
	key    netip.AddrPort
	ln     gonet.Listener
	secure bool
	tls    tlsSource

	// routes is an immutable snapshot, swapped on every change, so that
	// routing a request takes no lock.
	routes atomic.Pointer[routeTable]

	mu       sync.Mutex
	prefixes []*boundPrefix
	conns    map[*connection]struct{}
	closed   bool
}

// routeTable holds an endpoint's prefixes in .NET's search order:
// host-specific first, then "*", then "+" (item 63).
type routeTable struct {
	specific, star, plus []*boundPrefix
}

func newEndpoint(key netip.AddrPort, ln gonet.Listener, first *boundPrefix) *endpoint {
	ep := &endpoint{key: key, ln: ln, secure: first.secure, tls: first.tls, conns: map[*connection]struct{}{}}
	ep.routes.Store(&routeTable{})
	return ep
}

// addPrefix registers bp; a prefix another listener owns is an error.
// Called with the manager's lock held.
func (ep *endpoint) addPrefix(bp *boundPrefix) system.Exception {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	for _, p := range ep.prefixes {
		if p.host == bp.host && p.port == bp.port && p.path == bp.path {
			if p.listener != bp.listener {
				return NewHttpListenerExceptionMessage(400, strings.Replace(msgListenerAlready, "%s", bp.original, 1))
			}
			return nil
		}
	}
	ep.prefixes = append(ep.prefixes, bp)
	ep.rebuildLocked()
	return nil
}

// removePrefix unregisters bp and returns how many prefixes remain.
func (ep *endpoint) removePrefix(bp *boundPrefix) int {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	for i, p := range ep.prefixes {
		if p == bp {
			ep.prefixes = append(ep.prefixes[:i:i], ep.prefixes[i+1:]...)
			break
		}
	}
	ep.rebuildLocked()
	return len(ep.prefixes)
}

func (ep *endpoint) rebuildLocked() {
	rt := &routeTable{}
	for _, p := range ep.prefixes {
		switch p.host {
		case "*":
			rt.star = append(rt.star, p)
		case "+":
			rt.plus = append(rt.plus, p)
		default:
			rt.specific = append(rt.specific, p)
		}
	}
	ep.routes.Store(rt)
}

// route is HttpEndPointListener.SearchListener: among host-specific
// prefixes with equal host and port the longest matching path wins; then
// "*", then "+". A path matches by case-sensitive StartsWith against the
// prefix path without its trailing '/', so "/foo/" also takes "/foox"
// (item 64). path is the decoded request path.
func (ep *endpoint) route(host string, port int, path string) *boundPrefix {
	rt := ep.routes.Load()
	var best *boundPrefix
	if host != "" {
		for _, p := range rt.specific {
			if (best != nil && len(p.path) < len(best.path)) || p.port != port || p.host != host {
				continue
			}
			if pathMatches(path, p.path) {
				best = p
			}
		}
		if best != nil {
			return best
		}
	}
	if best = matchFromList(path, rt.star); best != nil {
		return best
	}
	return matchFromList(path, rt.plus)
}

func matchFromList(path string, list []*boundPrefix) *boundPrefix {
	var best *boundPrefix
	for _, p := range list {
		if best != nil && len(p.path) < len(best.path) {
			continue
		}
		if pathMatches(path, p.path) {
			best = p
		}
	}
	return best
}

// pathMatches is StartsWith(path or path+"/", prefixPath), ordinal.
func pathMatches(path, prefixPath string) bool {
	if strings.HasPrefix(path, prefixPath) {
		return true
	}
	// path+"/" starts with prefixPath only when prefixPath == path+"/".
	return len(prefixPath) == len(path)+1 && prefixPath[len(path)] == '/' && strings.HasPrefix(prefixPath, path)
}

// acceptLoop accepts connections until the endpoint closes.
func (ep *endpoint) acceptLoop() {
	ra := newReadAhead()
	var delay time.Duration
	for {
		nc, err := ep.ln.Accept()
		if err != nil {
			if errors.Is(err, gonet.ErrClosed) {
				return
			}
			// Out of file descriptors and the like: back off, as
			// net/http does, instead of spinning.
			if delay == 0 {
				delay = 5 * time.Millisecond
			} else if delay *= 2; delay > time.Second {
				delay = time.Second
			}
			time.Sleep(delay)
			continue
		}
		delay = 0
		c := newConnection(ep, nc)
		ep.mu.Lock()
		if ep.closed {
			ep.mu.Unlock()
			nc.Close()
			return
		}
		ep.conns[c] = struct{}{}
		ep.mu.Unlock()
		if !c.serveArrived(ra) {
			go c.serve()
		}
	}
}

func (ep *endpoint) forget(c *connection) {
	ep.mu.Lock()
	delete(ep.conns, c)
	ep.mu.Unlock()
}

// close stops accepting and closes every connection of the endpoint.
func (ep *endpoint) close() {
	ep.mu.Lock()
	ep.closed = true
	conns := make([]*connection, 0, len(ep.conns))
	for c := range ep.conns {
		conns = append(conns, c)
	}
	ep.mu.Unlock()
	ep.ln.Close()
	for _, c := range conns {
		c.abort()
	}
}
