// HttpListenerTimeoutManager: managed .NET's timeout settings (spec §1).

package net

import (
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// HttpListenerTimeoutManager is System.Net.HttpListenerTimeoutManager. As in
// managed .NET, DrainEntityBody and IdleConnection store a value; the other
// four read zero and their setters throw PlatformNotSupportedException.
type HttpListenerTimeoutManager struct {
	drainEntityBody time.Duration
	idleConnection  time.Duration
}

func checkTimeout(d time.Duration) {
	if d < 0 || d > 65535*time.Second {
		panic(system.NewArgumentOutOfRangeException("value"))
	}
}

// DrainEntityBody is the DrainEntityBody timeout.
func (m *HttpListenerTimeoutManager) DrainEntityBody() time.Duration { return m.drainEntityBody }

// SetDrainEntityBody sets the DrainEntityBody timeout (0 to 65535 s).
func (m *HttpListenerTimeoutManager) SetDrainEntityBody(d time.Duration) {
	checkTimeout(d)
	m.drainEntityBody = d
}

// IdleConnection is the IdleConnection timeout.
func (m *HttpListenerTimeoutManager) IdleConnection() time.Duration { return m.idleConnection }

// SetIdleConnection sets the IdleConnection timeout (0 to 65535 s).
func (m *HttpListenerTimeoutManager) SetIdleConnection(d time.Duration) {
	checkTimeout(d)
	m.idleConnection = d
}

// EntityBody reads zero, as in managed .NET.
func (m *HttpListenerTimeoutManager) EntityBody() time.Duration { return 0 }

// HeaderWait reads zero, as in managed .NET.
func (m *HttpListenerTimeoutManager) HeaderWait() time.Duration { return 0 }

// MinSendBytesPerSecond reads zero, as in managed .NET.
func (m *HttpListenerTimeoutManager) MinSendBytesPerSecond() int64 { return 0 }

// RequestQueue reads zero, as in managed .NET.
func (m *HttpListenerTimeoutManager) RequestQueue() time.Duration { return 0 }

// SetEntityBody throws PlatformNotSupportedException, as in managed .NET.
func (m *HttpListenerTimeoutManager) SetEntityBody(time.Duration) {
	panic(system.NewPlatformNotSupportedException(""))
}

// SetHeaderWait throws PlatformNotSupportedException, as in managed .NET.
func (m *HttpListenerTimeoutManager) SetHeaderWait(time.Duration) {
	panic(system.NewPlatformNotSupportedException(""))
}

// SetMinSendBytesPerSecond throws PlatformNotSupportedException, as in managed .NET.
func (m *HttpListenerTimeoutManager) SetMinSendBytesPerSecond(int64) {
	panic(system.NewPlatformNotSupportedException(""))
}

// SetRequestQueue throws PlatformNotSupportedException, as in managed .NET.
func (m *HttpListenerTimeoutManager) SetRequestQueue(time.Duration) {
	panic(system.NewPlatformNotSupportedException(""))
}
