// HttpListenerBasicIdentity: the identity Basic authentication produces (spec item 70).

package net

import "github.com/cs2go/cs2go/runtime/system/security/principal"

// HttpListenerBasicIdentity is System.Net.HttpListenerBasicIdentity: a
// GenericIdentity of type "Basic" that also holds the password.
type HttpListenerBasicIdentity struct {
	principal.GenericIdentity
	password string
}

// NewHttpListenerBasicIdentity is `new HttpListenerBasicIdentity(username, password)`.
func NewHttpListenerBasicIdentity(username, password string) *HttpListenerBasicIdentity {
	id := &HttpListenerBasicIdentity{password: password}
	id.Init(username, "Basic")
	return id
}

// Password is HttpListenerBasicIdentity.Password.
func (id *HttpListenerBasicIdentity) Password() string { return id.password }
