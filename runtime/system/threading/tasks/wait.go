// Waiting helpers shared by tasks: timeouts in .NET's milliseconds convention.

package tasks

import "time"

// waitFor waits for done; milliseconds < 0 (Timeout.Infinite) waits forever.
func waitFor(done <-chan struct{}, milliseconds int32) bool {
	if milliseconds < 0 {
		<-done
		return true
	}
	timer := time.NewTimer(time.Duration(milliseconds) * time.Millisecond)
	defer timer.Stop()
	select {
	case <-done:
		return true
	case <-timer.C:
		return false
	}
}
