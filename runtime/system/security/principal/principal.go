// System.Security.Principal: the identity and principal interfaces and the
// generic and Windows (current OS user) implementations.

package principal

import (
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// IIdentity is System.Security.Principal.IIdentity.
type IIdentity interface {
	// Name is IIdentity.Name.
	Name() string
	// AuthenticationType is IIdentity.AuthenticationType.
	AuthenticationType() string
	// IsAuthenticated is IIdentity.IsAuthenticated.
	IsAuthenticated() bool
}

// IPrincipal is System.Security.Principal.IPrincipal.
type IPrincipal interface {
	// Identity is IPrincipal.Identity.
	Identity() IIdentity
	// IsInRole is IPrincipal.IsInRole(role).
	IsInRole(role string) bool
}

// GenericIdentity is System.Security.Principal.GenericIdentity. It is an
// exported struct so that derived identities (System.Net's
// HttpListenerBasicIdentity) can embed it by value and call Init, the way a
// C# subclass calls its base constructor.
type GenericIdentity struct {
	name     string
	authType string
}

// NewGenericIdentity is `new GenericIdentity(name)`; the authentication
// type is "" as in .NET.
func NewGenericIdentity(name string) *GenericIdentity {
	return NewGenericIdentityType(name, "")
}

// NewGenericIdentityType is `new GenericIdentity(name, type)`.
func NewGenericIdentityType(name, authType string) *GenericIdentity {
	g := &GenericIdentity{}
	g.Init(name, authType)
	return g
}

// Init is the GenericIdentity(name, type) base constructor, for types that
// embed GenericIdentity.
func (g *GenericIdentity) Init(name, authType string) {
	g.name = name
	g.authType = authType
}

// Name is GenericIdentity.Name.
func (g *GenericIdentity) Name() string { return g.name }

// AuthenticationType is GenericIdentity.AuthenticationType.
func (g *GenericIdentity) AuthenticationType() string { return g.authType }

// IsAuthenticated is GenericIdentity.IsAuthenticated: true when the name is
// not empty, as .NET defines it.
func (g *GenericIdentity) IsAuthenticated() bool { return g.name != "" }

// ToString is Object.ToString(), which GenericIdentity does not override:
// the class's full name.
func (g *GenericIdentity) ToString() string { return "System.Security.Principal.GenericIdentity" }

// GenericPrincipal is System.Security.Principal.GenericPrincipal.
type GenericPrincipal struct {
	identity IIdentity
	roles    []string
}

// NewGenericPrincipal is `new GenericPrincipal(identity, roles)`. A nil
// identity throws ArgumentNullException as in .NET; roles may be nil. The
// roles are copied, as .NET copies the array.
func NewGenericPrincipal(identity IIdentity, roles []string) *GenericPrincipal {
	if identity == nil {
		panic(system.NewArgumentNullException("identity"))
	}
	return &GenericPrincipal{identity: identity, roles: append([]string(nil), roles...)}
}

// Identity is GenericPrincipal.Identity.
func (p *GenericPrincipal) Identity() IIdentity { return p.identity }

// IsInRole is GenericPrincipal.IsInRole: roles compare ordinally ignoring
// case (strings.EqualFold's simple folding stands in for
// StringComparison.OrdinalIgnoreCase).
func (p *GenericPrincipal) IsInRole(role string) bool {
	for _, r := range p.roles {
		if strings.EqualFold(r, role) {
			return true
		}
	}
	return false
}

// ToString is Object.ToString(): the class's full name.
func (p *GenericPrincipal) ToString() string {
	return "System.Security.Principal.GenericPrincipal"
}
