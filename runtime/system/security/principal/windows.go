// WindowsIdentity and WindowsPrincipal for the current OS user on Unix.
//
// .NET Core's System.Security.Principal.Windows throws
// PlatformNotSupportedException on Linux; programs that call
// WindowsIdentity.GetCurrent() (usually to log who runs the server) would
// then fail. Mono implements these types on Unix instead, and this package
// follows Mono: the name is the login name (no DOMAIN\ prefix),
// AuthenticationType is "POSIX", and roles are Unix groups.

package principal

import (
	"os"
	"os/user"
	"strconv"
	"sync"

	"github.com/cs2go/cs2go/runtime/system"
)

// WindowsIdentity is System.Security.Principal.WindowsIdentity, describing
// a Unix user as Mono does.
type WindowsIdentity struct {
	name string
	uid  string
}

// WindowsIdentityGetCurrent is WindowsIdentity.GetCurrent(): the user the
// process runs as. Name is the login name (Mono prints e.g. "root"),
// AuthenticationType "POSIX", IsAuthenticated true. When the user database
// has no entry for the uid, the name is the numeric uid.
func WindowsIdentityGetCurrent() *WindowsIdentity {
	uid := strconv.Itoa(os.Getuid())
	name := uid
	if u, err := user.Current(); err == nil {
		name = u.Username
		uid = u.Uid
	}
	return &WindowsIdentity{name: name, uid: uid}
}

// Name is WindowsIdentity.Name.
func (w *WindowsIdentity) Name() string { return w.name }

// AuthenticationType is WindowsIdentity.AuthenticationType: "POSIX" on Unix (Mono).
func (w *WindowsIdentity) AuthenticationType() string { return "POSIX" }

// IsAuthenticated is WindowsIdentity.IsAuthenticated: always true for the
// process's own user.
func (w *WindowsIdentity) IsAuthenticated() bool { return true }

// IsAnonymous is WindowsIdentity.IsAnonymous: false for a real user.
func (w *WindowsIdentity) IsAnonymous() bool { return false }

// IsSystem is WindowsIdentity.IsSystem: true for root, as on Mono.
func (w *WindowsIdentity) IsSystem() bool { return w.uid == "0" }

// ToString is Object.ToString(): the class's full name.
func (w *WindowsIdentity) ToString() string {
	return "System.Security.Principal.WindowsIdentity"
}

// WindowsBuiltInRole is System.Security.Principal.WindowsBuiltInRole.
type WindowsBuiltInRole int32

// The WindowsBuiltInRole members, with .NET's values (Windows RIDs).
const (
	WindowsBuiltInRoleAdministrator   WindowsBuiltInRole = 0x220
	WindowsBuiltInRoleUser            WindowsBuiltInRole = 0x221
	WindowsBuiltInRoleGuest           WindowsBuiltInRole = 0x222
	WindowsBuiltInRolePowerUser       WindowsBuiltInRole = 0x223
	WindowsBuiltInRoleAccountOperator WindowsBuiltInRole = 0x224
	WindowsBuiltInRoleSystemOperator  WindowsBuiltInRole = 0x225
	WindowsBuiltInRolePrintOperator   WindowsBuiltInRole = 0x226
	WindowsBuiltInRoleBackupOperator  WindowsBuiltInRole = 0x227
	WindowsBuiltInRoleReplicator      WindowsBuiltInRole = 0x228
)

// WindowsPrincipal is System.Security.Principal.WindowsPrincipal; as on
// Mono, its roles are the user's Unix groups.
type WindowsPrincipal struct {
	identity *WindowsIdentity

	groupsOnce sync.Once
	groups     map[string]bool // group names the user belongs to
}

// NewWindowsPrincipal is `new WindowsPrincipal(identity)`; a nil identity
// throws ArgumentNullException.
func NewWindowsPrincipal(identity *WindowsIdentity) *WindowsPrincipal {
	if identity == nil {
		panic(system.NewArgumentNullException("ntIdentity"))
	}
	return &WindowsPrincipal{identity: identity}
}

// Identity is WindowsPrincipal.Identity.
func (p *WindowsPrincipal) Identity() IIdentity { return p.identity }

// IsInRole is WindowsPrincipal.IsInRole(string): true when the user is a
// member of the Unix group of that name (Mono's rule).
func (p *WindowsPrincipal) IsInRole(role string) bool {
	p.groupsOnce.Do(p.loadGroups)
	return p.groups[role]
}

// IsInBuiltInRole is WindowsPrincipal.IsInRole(WindowsBuiltInRole). As on
// Mono, Administrator means root (uid 0) and User means any user; the other
// roles are Windows-only and false.
func (p *WindowsPrincipal) IsInBuiltInRole(role WindowsBuiltInRole) bool {
	switch role {
	case WindowsBuiltInRoleAdministrator:
		return p.identity.uid == "0"
	case WindowsBuiltInRoleUser:
		return true
	}
	return false
}

// ToString is Object.ToString(): the class's full name.
func (p *WindowsPrincipal) ToString() string {
	return "System.Security.Principal.WindowsPrincipal"
}

func (p *WindowsPrincipal) loadGroups() {
	p.groups = map[string]bool{}
	u, err := user.LookupId(p.identity.uid)
	if err != nil {
		return
	}
	ids, err := u.GroupIds()
	if err != nil {
		ids = []string{u.Gid}
	}
	for _, id := range ids {
		if g, err := user.LookupGroupId(id); err == nil {
			p.groups[g.Name] = true
		}
	}
}
