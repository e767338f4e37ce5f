// This file implements the declarative .NET -> runtime mapping table's types:
// Entry (one .NET type or member), the index the mapper looks members up in,
// and the C# type spelling the entries use for parameter and result types.

package mapper

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// RuntimeModule is the import path prefix of the runtime packages.
const RuntimeModule = "github.com/cs2go/cs2go/runtime/"

// EntryKind tells the kinds of table entries apart.
type EntryKind int

const (
	// Class is a .NET reference type; its Go type is *pkg.Go.
	Class EntryKind = iota
	// Value is a .NET type whose Go type is pkg.Go without a pointer: an
	// interface (Stream, IAsyncResult, Exception) or a struct value.
	Value
	// Enum is a .NET enum; Go: a named integer type with constants.
	Enum
	// Delegate is a .NET delegate type; Go: the func type built from Params
	// and Result (runtime functions may take a named func type: an unnamed
	// func value is assignable to it).
	Delegate
	// StaticClass is a static class (Console, File): members only, no Go type.
	StaticClass
	// Ctor is a constructor: the Go function pkg.Go(params) returning the type.
	Ctor
	// Method is a method: instance method Go, or package-level function pkg.Go
	// when Static, or a function taking the receiver first when Func.
	Method
	// Property is a property: getter Go() and setter GoSet(v), package-level
	// when Static, or functions taking the receiver first when Func.
	Property
	// Indexer is `x[k]`: Go(k) and GoSet(k, v).
	Indexer
	// EnumMember is an enum constant pkg.Go.
	EnumMember
	// Event is an event: `+=` calls Go(handler) (package-level when Static).
	Event
	// Operator is a C# operator a .NET type overloads (DateTime - DateTime):
	// Member is the operator ("+", "==", "<"), Params its operand types
	// (two, or one for unary - and +). `a op b` is a.Go(b), the left
	// operand's method (pkg.Go(a, b) when Func), and `op a` is a.Go(). A
	// comparison whose Result is "int" is a CompareTo: `a < b` is
	// a.Go(b) < 0.
	Operator
	// Constant is a C# constant (a const field: int.MaxValue, Math.PI):
	// Value of type Result, folded with the program's constant
	// expressions (constant.go); it has no Go name.
	Constant
)

var entryKindNames = [...]string{"class", "value type", "enum", "delegate", "static class", "constructor", "method", "property", "indexer", "enum member", "event", "operator", "constant"}

// IsType reports whether k declares a type rather than a member.
func (k EntryKind) IsType() bool { return k <= StaticClass }

func (k EntryKind) String() string {
	if int(k) < len(entryKindNames) {
		return entryKindNames[k]
	}
	return "EntryKind(?)"
}

// Entry maps one .NET type or member onto the runtime. Type entries (Class,
// Value, Enum, Delegate) leave Member empty; member entries name their
// declaring type in Type.
type Entry struct {
	// Type is the declaring .NET type's full name, with generic parameters
	// spelled out: "System.Net.HttpListener", "System.Collections.Generic.List<T>".
	Type string
	// Member is the member's .NET name ("KeepAlive", "Write"); "" for type
	// entries and constructors, "this" for indexers.
	Member string
	Kind   EntryKind
	// Static marks static members (package-level Go functions TM).
	Static bool
	// Func marks instance members the runtime implements as package-level
	// functions taking the receiver first (string members: s.Length ->
	// system.StringLength(s)), because Go cannot add methods to string.
	Func bool
	// TypeParams are a generic method's type parameters ("T" of Task.Run<T>).
	TypeParams []string
	// Params are the parameter types in C# spelling (see ParseTypeSpec); the
	// last one may start with "params " for a variadic Go parameter, and
	// "out " for an out parameter passed as a pointer.
	Params []string
	// Result is the C# type of a property or method result, "" for void.
	Result string
	// Go is the Go name: the type, constructor function, method, getter,
	// package-level function, or enum constant.
	Go string
	// GoSet is the setter of a property or indexer ("" if read-only).
	GoSet string
	// Struct marks a Value type that is a Go struct (DateTime, TimeSpan):
	// it is never nil, and its zero value is T{}.
	Struct bool
	// Pkg overrides the Go package (path below runtime/) of a type whose
	// runtime package differs from its namespace's; on a static member, the
	// package of its Go function.
	Pkg string
	// GoArgs are literal Go arguments the call passes before the C# ones:
	// HttpVersion.Version10 is system.NewVersion(1, 0).
	GoArgs string
	// Note is shown in docs/API.md (a documented difference, for example).
	Note string
	// Base is the .NET base type of a type entry, whose table members the
	// type inherits (Task<TResult> derives from Task). Its type arguments
	// are the derived type's parameters (List<T>: IEnumerable<T>) or
	// concrete types (MatchCollection: IEnumerable<Match>).
	Base string
	// Upcast is the Go method converting a value of this type to its Base
	// (TaskOf[T].AsTask() is the *Task). "" when the Go type implements the
	// base's members itself and is never passed where the base is expected
	// (WebHeaderCollection has NameValueCollection's methods).
	Upcast string
	// Extension marks a static method that C# calls as an instance method
	// of its first parameter (LINQ's xs.Where(f) is Enumerable.Where(xs, f)).
	Extension bool
	// Value is a Constant's value: a decimal number (a char's is its
	// code), NaN, Infinity or -Infinity.
	Value string
}

// Namespace packages: .NET namespace -> Go package path under runtime/
// (DESIGN.md "Runtime layout").
var namespacePackages = map[string]string{
	"System":                         "system",
	"System.Text":                    "system/text",
	"System.Text.RegularExpressions": "system/text/regularexpressions",
	"System.IO":                      "system/io",
	"System.Collections.Generic":     "system/collections/generic",
	"System.Collections.Specialized": "system/collections/specialized",
	"System.ComponentModel":          "system/net", // Win32Exception only, beside HttpListenerException
	"System.Diagnostics":             "system/diagnostics",
	"System.Linq":                    "system/linq",
	"System.Net":                     "system/net",
	"System.Net.Sockets":             "system/net", // TcpListener only; see runtime/system/net/tcplistener.go
	"System.Security.Cryptography":   "system/security/cryptography",
	"System.Security.Principal":      "system/security/principal",
	"System.Threading":               "system/threading",
	"System.Threading.Tasks":         "system/threading/tasks",
	"System.Web":                     "system/web",
	"Newtonsoft.Json":                "newtonsoft/json",
}

// ImportPath returns the Go import path of the runtime package for a .NET
// namespace, or "" when the runtime has none.
func ImportPath(namespace string) string {
	p, ok := namespacePackages[namespace]
	if !ok {
		return ""
	}
	return RuntimeModule + p
}

// KnownNamespaces lists the .NET namespaces the runtime implements, sorted.
func KnownNamespaces() []string {
	var ns []string
	for n := range namespacePackages {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// TypeInfo is a .NET type from the table with its members.
type TypeInfo struct {
	Entry *Entry
	// FullName is the name without type parameters ("System.Collections.Generic.List").
	FullName  string
	Namespace string
	Name      string
	// TypeParams are the generic parameters ("T", or "TKey", "TValue").
	TypeParams []string
	// Base is the type named by Entry.Base, nil for none.
	Base *TypeInfo

	// lists and index say where the type's member and constructor
	// entries are.
	lists [][]Entry
	index *indexedType
}

// Members returns the entries of the member named name (its overloads, in
// table order), nil for none.
func (t *TypeInfo) Members(name string) []*Entry {
	if m := t.index.member(name); m != nil {
		return t.entries(m.entries)
	}
	return nil
}

// Ctors returns the constructor overloads, in table order.
func (t *TypeInfo) Ctors() []*Entry { return t.entries(t.index.ctors) }

// entries returns the entries at ps.
func (t *TypeInfo) entries(ps []entryPos) []*Entry {
	if len(ps) == 0 {
		return nil
	}
	es := make([]*Entry, len(ps))
	for i, p := range ps {
		es[i] = &t.lists[p.list][p.index]
	}
	return es
}

// ImportPath is the Go import path of the package implementing the type.
func (t *TypeInfo) ImportPath() string {
	if t.Entry.Pkg != "" {
		return RuntimeModule + t.Entry.Pkg
	}
	return ImportPath(t.Namespace)
}

// funcPath is the import path of a static member's Go function.
func (e *Entry) funcPath(ti *TypeInfo) string {
	if e.Pkg != "" && !e.Kind.IsType() {
		return RuntimeModule + e.Pkg
	}
	return ti.ImportPath()
}

// Table is the indexed mapping table.
type Table struct {
	// lists are the entry lists the table indexes, in order.
	lists [][]Entry
	index *tableIndex
	// types are index.types' TypeInfos, in the same order.
	types []TypeInfo
	// sigs caches resolved signatures: sigKey -> *sigTemplate (sigcache.go).
	sigs sync.Map
}

// splitGeneric splits "System.Collections.Generic.List<T>" into
// "System.Collections.Generic.List" and ["T"].
func splitGeneric(name string) (string, []string) {
	i := strings.IndexByte(name, '<')
	if i < 0 {
		return name, nil
	}
	params := strings.Split(strings.TrimSuffix(name[i+1:], ">"), ",")
	for j := range params {
		params[j] = strings.TrimSpace(params[j])
	}
	return name[:i], params
}

// NewTable indexes entries. It reports entries whose type is not declared
// or whose namespace has no runtime package (programming errors in the data
// files, caught by TestTableIndexes).
func NewTable(lists ...[]Entry) (*Table, error) {
	ix, errs := buildIndex(lists)
	t := newTable(lists, ix)
	if len(errs) > 0 {
		return t, fmt.Errorf("mapping table: %s", strings.Join(errs, "; "))
	}
	return t, nil
}

// funcKey names a package-level Go function: its package below runtime/
// and its name.
type funcKey struct{ pkg, name string }

// funcKeyOf is the funcKey of a static or Func entry of the type entry typ
// in namespace (funcPath without building the import path string).
func funcKeyOf(e, typ *Entry, namespace string) funcKey {
	pkg := e.Pkg
	if pkg == "" || e.Kind.IsType() {
		pkg = typ.Pkg
		if pkg == "" {
			pkg = namespacePackages[namespace]
		}
	}
	return funcKey{pkg, e.Go}
}

// isGeneric reports whether the package-level Go function of a static or
// Func entry is shared by entries with different parameter or receiver
// types (genericFuncs): Go infers such a function's type argument from an
// argument, where an untyped constant would become an int or float64
// instead of its C# type.
func (t *Table) isGeneric(e *Entry, ti *TypeInfo) bool {
	_, found := slices.BinarySearchFunc(t.index.generic, funcKeyOf(e, ti.Entry, ti.Namespace), compareFuncKeys)
	return found
}

// typeKey is the Types key of a table type spelling with parameters:
// "System.Func<T, TResult>" -> "System.Func`2".
func typeKey(spelling string) string {
	full, params := splitGeneric(spelling)
	return shortKey(full, len(params))
}

func shortKey(name string, arity int) string {
	if arity == 0 {
		return name
	}
	return name + "`" + strconv.Itoa(arity)
}

// ---------------------------------------------------------------------------
// Type spellings

// TypeSpec is a parsed C# type spelling from the table: a name (keyword,
// simple or full type name, or type parameter) with type arguments and array
// ranks.
type TypeSpec struct {
	Name  string
	Args  []*TypeSpec
	Array int // number of [] suffixes
}

// String spells the type back in C#.
func (s *TypeSpec) String() string {
	var sb strings.Builder
	sb.WriteString(s.Name)
	if len(s.Args) > 0 {
		sb.WriteByte('<')
		for i, a := range s.Args {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(a.String())
		}
		sb.WriteByte('>')
	}
	for i := 0; i < s.Array; i++ {
		sb.WriteString("[]")
	}
	return sb.String()
}

// ParseTypeSpec parses a C# type spelling such as "byte[]",
// "Dictionary<string, List<int>>" or "System.Net.HttpListenerContext".
func ParseTypeSpec(s string) (*TypeSpec, error) {
	p := &specParser{s: s}
	ts := p.parse()
	if p.err == nil && p.i < len(p.s) {
		p.err = fmt.Errorf("type %q: unexpected %q", s, p.s[p.i:])
	}
	return ts, p.err
}

type specParser struct {
	s   string
	i   int
	err error
}

func (p *specParser) skip() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *specParser) parse() *TypeSpec {
	p.skip()
	start := p.i
	for p.i < len(p.s) && (isIdentByte(p.s[p.i]) || p.s[p.i] == '.') {
		p.i++
	}
	if start == p.i {
		if p.err == nil {
			p.err = fmt.Errorf("type %q: name expected at %d", p.s, p.i)
		}
		return &TypeSpec{}
	}
	ts := &TypeSpec{Name: p.s[start:p.i]}
	p.skip()
	if p.i < len(p.s) && p.s[p.i] == '<' {
		p.i++
		for {
			ts.Args = append(ts.Args, p.parse())
			p.skip()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			break
		}
		if p.i < len(p.s) && p.s[p.i] == '>' {
			p.i++
		} else if p.err == nil {
			p.err = fmt.Errorf("type %q: '>' expected", p.s)
		}
	}
	for p.i+1 < len(p.s) && p.s[p.i] == '[' && p.s[p.i+1] == ']' {
		ts.Array++
		p.i += 2
	}
	return ts
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Param is a parsed table parameter: its type and whether it is `params`
// (Go variadic), `out` or `ref` (Go pointer).
type Param struct {
	Type   *TypeSpec
	Params bool
	Out    bool
	Ref    bool
}

// ParseParam parses one table parameter spelling ("params object[]", "out int").
func ParseParam(s string) (Param, error) {
	var p Param
	switch {
	case strings.HasPrefix(s, "params "):
		p.Params = true
		s = s[len("params "):]
	case strings.HasPrefix(s, "out "):
		p.Out = true
		s = s[len("out "):]
	case strings.HasPrefix(s, "ref "):
		p.Ref = true
		s = s[len("ref "):]
	}
	ts, err := ParseTypeSpec(s)
	p.Type = ts
	return p, err
}

// explicitTypeArgs reports whether a generic method has a type parameter Go
// cannot infer from the arguments because only the result mentions it
// (JsonConvert.DeserializeObject<T>(string)): its calls instantiate the Go
// function explicitly, DeserializeObject[T](s).
func (e *Entry) explicitTypeArgs() bool {
	for _, tp := range e.TypeParams {
		inferable := false
		for _, s := range e.Params {
			if p, err := ParseParam(s); err == nil && p.Type.mentions(tp) {
				inferable = true
			}
		}
		if !inferable {
			return true
		}
	}
	return false
}

// mentions reports whether the spelling uses the type name anywhere.
func (s *TypeSpec) mentions(name string) bool {
	if s.Name == name {
		return true
	}
	for _, a := range s.Args {
		if a.mentions(name) {
			return true
		}
	}
	return false
}
