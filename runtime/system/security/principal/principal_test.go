// Tests for GenericIdentity, GenericPrincipal and the current-user identity;
// expected values are Mono 6.8's output for the same calls.

package principal

import (
	"os"
	"os/user"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
)

func TestGenericIdentity(t *testing.T) {
	tests := []struct {
		name, authType string
		wantAuth       bool
	}{
		{"", "", false},
		{"bob", "Basic", true},
		{"bob", "", true},
	}
	for _, tt := range tests {
		g := NewGenericIdentityType(tt.name, tt.authType)
		if g.Name() != tt.name || g.AuthenticationType() != tt.authType || g.IsAuthenticated() != tt.wantAuth {
			t.Errorf("GenericIdentity(%q, %q) = [%s][%s][%v], want [%s][%s][%v]",
				tt.name, tt.authType, g.Name(), g.AuthenticationType(), g.IsAuthenticated(),
				tt.name, tt.authType, tt.wantAuth)
		}
	}
	if got := NewGenericIdentity("x").AuthenticationType(); got != "" {
		t.Errorf("GenericIdentity(name).AuthenticationType = %q, want empty", got)
	}
	if got := NewGenericIdentity("x").ToString(); got != "System.Security.Principal.GenericIdentity" {
		t.Errorf("ToString = %q", got)
	}
}

// basicIdentity mimics how System.Net's HttpListenerBasicIdentity embeds
// GenericIdentity.
type basicIdentity struct {
	GenericIdentity
	password string
}

func TestGenericIdentityEmbeddable(t *testing.T) {
	b := &basicIdentity{password: "pw"}
	b.Init("alice", "Basic")
	var id IIdentity = b
	if id.Name() != "alice" || id.AuthenticationType() != "Basic" || !id.IsAuthenticated() {
		t.Errorf("embedded identity = [%s][%s][%v]", id.Name(), id.AuthenticationType(), id.IsAuthenticated())
	}
}

func TestGenericPrincipalIsInRole(t *testing.T) {
	p := NewGenericPrincipal(NewGenericIdentityType("bob", "Basic"), []string{"Admin", "user"})
	tests := []struct {
		role string
		want bool
	}{
		{"admin", true}, // Mono: True (case-insensitive)
		{"User", true},
		{"x", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := p.IsInRole(tt.role); got != tt.want {
			t.Errorf("IsInRole(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
	if NewGenericPrincipal(NewGenericIdentity("bob"), nil).IsInRole("admin") {
		t.Error("nil roles: IsInRole = true, want false")
	}
	if p.Identity().Name() != "bob" {
		t.Errorf("Identity().Name() = %q", p.Identity().Name())
	}
}

func TestGenericPrincipalRolesCopied(t *testing.T) {
	roles := []string{"a"}
	p := NewGenericPrincipal(NewGenericIdentity("bob"), roles)
	roles[0] = "b"
	if !p.IsInRole("a") || p.IsInRole("b") {
		t.Error("roles slice was not copied")
	}
}

func TestGenericPrincipalNilIdentity(t *testing.T) {
	defer func() {
		ex, ok := recover().(*system.ArgumentNullException)
		if !ok {
			t.Fatal("want ArgumentNullException")
		}
		// .NET Core formats the parameter as " (Parameter 'identity')".
		if want := "Value cannot be null. (Parameter 'identity')"; ex.Message() != want {
			t.Errorf("Message = %q, want %q", ex.Message(), want)
		}
	}()
	NewGenericPrincipal(nil, nil)
}

func TestWindowsIdentityGetCurrent(t *testing.T) {
	u, err := user.Current()
	if err != nil {
		t.Skip("no user database entry: ", err)
	}
	w := WindowsIdentityGetCurrent()
	// Mono as root prints [root][POSIX][True].
	if w.Name() != u.Username || w.AuthenticationType() != "POSIX" || !w.IsAuthenticated() {
		t.Errorf("GetCurrent = [%s][%s][%v]", w.Name(), w.AuthenticationType(), w.IsAuthenticated())
	}
	p := NewWindowsPrincipal(w)
	isRoot := os.Getuid() == 0
	if got := p.IsInBuiltInRole(WindowsBuiltInRoleAdministrator); got != isRoot {
		t.Errorf("IsInRole(Administrator) = %v, want %v", got, isRoot)
	}
	if g, err := user.LookupGroupId(u.Gid); err == nil && !p.IsInRole(g.Name) {
		t.Errorf("IsInRole(%q) (primary group) = false", g.Name)
	}
	if p.IsInRole("no-such-group-cs2go") {
		t.Error("IsInRole(unknown group) = true")
	}
	var _ IPrincipal = p
}
