// Package hardening holds the listener's robustness tests (issue 8): malformed
// HTTP of many kinds answered as managed .NET answers it (spec item 47),
// clients that stall or vanish, Stop and Close under load, many concurrent
// connections, and a fuzz target for request parsing. They live apart from
// the conformance tests in package net because they only use the public API,
// as a translated program does, and because some of them are slow.
package hardening
