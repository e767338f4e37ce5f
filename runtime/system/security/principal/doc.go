// Package principal is .NET's System.Security.Principal: IIdentity and
// IPrincipal, GenericIdentity and GenericPrincipal (which HttpListener's
// Basic authentication produces), and WindowsIdentity/WindowsPrincipal for
// the current Unix user, as Mono provides them.
package principal
