// This file lowers declarations: classes become Go struct types with
// methods, static members become package-level functions and variables,
// constructors become NewX functions, and Main becomes func main.

package mapper

import (
	"sort"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// commentText turns one C# comment into Go comment lines (without "//").
func commentText(c *ast.Comment) []string {
	t := c.Text
	switch {
	case strings.HasPrefix(t, "///"):
		return []string{strings.TrimPrefix(strings.TrimPrefix(t, "///"), " ")}
	case strings.HasPrefix(t, "//"):
		return []string{strings.TrimPrefix(strings.TrimPrefix(t, "//"), " ")}
	case strings.HasPrefix(t, "/*"):
		t = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "/**"), "/*"), "*/")
		var out []string
		for _, l := range strings.Split(t, "\n") {
			l = strings.TrimSpace(l)
			l = strings.TrimPrefix(l, "* ")
			l = strings.TrimPrefix(l, "*")
			out = append(out, l)
		}
		return out
	}
	return nil
}

func (m *mapper) declareClass(d *ast.ClassDecl) {
	if _, dup := m.classes[d.Name]; dup {
		m.diags.Unsupported(d.NamePos, "second type named "+d.Name, "rename one of them; nested and namespaced types share one Go package")
		return
	}
	c := &ClassInfo{Decl: d, Name: d.Name, GoName: GoIdent(exported(d.Name)), IsStruct: d.Kind == ast.KindStruct,
		Static: d.Modifiers.Has(ast.ModStatic), Fields: map[string]*FieldInfo{}, Methods: map[string][]*MethodInfo{}, Props: map[string]*PropInfo{}}
	switch d.Kind {
	case ast.KindClass, ast.KindStruct:
	default:
		m.diags.Unsupported(d.Pos, d.Kind.String()+" declaration", "only classes and structs are translated")
		return
	}
	if len(d.TypeParams) > 0 {
		m.diags.Unsupported(d.NamePos, "generic class "+d.Name, "write a non-generic class")
	}
	m.classes[d.Name] = c
	m.classList = append(m.classList, c)
}

// declareMembers resolves member signatures (after every class is known,
// so that members may use classes declared later).
func (m *mapper) declareMembers(c *ClassInfo) {
	d := c.Decl
	for _, bt := range d.BaseTypes {
		name := typeRefName(bt)
		if name == "IDisposable" || name == "System.IDisposable" {
			continue // Dispose is called directly; no interface is needed
		}
		if b := m.classes[name]; b != nil {
			c.Base = b
			continue
		}
		t := m.resolveType(bt, false)
		if t.Kind == TRuntime && strings.HasSuffix(t.Info.Name, "Exception") {
			c.BaseRuntime = t
			continue
		}
		if t.Kind != TUnknown {
			m.diags.Unsupported(bt.Pos, "base type "+name, "only program classes and exception classes can be base classes")
		}
	}
	ctorN := 0
	for _, mem := range d.Members {
		m.lastPos = mem.Start()
		switch mem := mem.(type) {
		case *ast.FieldDecl:
			t := m.resolveType(mem.Type, false)
			for _, v := range mem.Vars {
				c.Fields[v.Name] = &FieldInfo{Name: v.Name, Type: t, Static: mem.Modifiers.Has(ast.ModStatic) || mem.Modifiers.Has(ast.ModConst),
					Const: mem.Modifiers.Has(ast.ModConst), Class: c, init: v.Init}
				c.Fields[v.Name].public = mem.Modifiers.Has(ast.ModPublic)
				if m.usesJSON() {
					c.Fields[v.Name].json = jsonMemberOf(mem.DeclHeader, v.Name)
					c.Fields[v.Name].json.readOnly = mem.Modifiers.Has(ast.ModReadonly)
				}
			}
		case *ast.PropertyDecl:
			p := &PropInfo{Name: mem.Name, Type: m.resolveType(mem.Type, false), Static: mem.Modifiers.Has(ast.ModStatic), Class: c}
			p.Auto = mem.ExprBody == nil
			for _, a := range mem.Accessors {
				if a.Body != nil || a.ExprBody != nil {
					p.Auto = false
				}
			}
			p.public = mem.Modifiers.Has(ast.ModPublic)
			if m.usesJSON() {
				p.json = jsonMemberOf(mem.DeclHeader, mem.Name)
				p.json.readOnly = !publicAccessor(mem, ast.AccessorSet, ast.AccessorInit)
			}
			c.Props[mem.Name] = p
		case *ast.MethodDecl:
			mi := &MethodInfo{Name: mem.Name, Static: mem.Modifiers.Has(ast.ModStatic), Async: mem.Modifiers.Has(ast.ModAsync), Class: c, Decl: mem}
			mi.public = mem.Modifiers.Has(ast.ModPublic)
			if mi.Static {
				for _, tp := range mem.TypeParams {
					mi.TypeParams = append(mi.TypeParams, tp.Name)
				}
			}
			m.typeParams = mi.TypeParams
			for _, p := range mem.Params {
				mi.Params = append(mi.Params, m.paramType(p))
				mi.Defaults = append(mi.Defaults, p.Default)
			}
			mi.Result = m.resolveType(mem.ReturnType, false)
			m.typeParams = nil
			mi.Virtual = mem.Modifiers.Has(ast.ModVirtual) || mem.Modifiers.Has(ast.ModAbstract) || (mem.Modifiers.Has(ast.ModOverride) && c.Base != nil)
			mi.Abstract = mem.Modifiers.Has(ast.ModAbstract)
			if mem.Modifiers.Has(ast.ModOverride) && c.Base == nil {
				if objectVirtuals[mem.Name] && c.runtimeBase() == nil {
					// object.ToString/Equals/GetHashCode: the class starts
					// the virtual chain itself, so formatting and calls
					// through a base variable reach the outermost override.
					mi.Virtual = true
				} else {
					m.diags.Unsupported(mem.NamePos, "override of "+mem.Name+" from a runtime class", "only methods of program classes and object's ToString, Equals and GetHashCode can be overridden")
				}
			}
			if len(mem.TypeParams) > 0 && !mi.Static {
				m.diags.Unsupported(mem.NamePos, "generic instance method "+mem.Name, "Go methods cannot have type parameters: make it static")
			}
			if len(mem.Constraints) > 0 && mi.Static {
				m.diags.Unsupported(mem.NamePos, "constraints on the type parameters of "+mem.Name, "Go's any is used: remove the where clause")
			}
			c.Methods[mem.Name] = append(c.Methods[mem.Name], mi)
		case *ast.ConstructorDecl:
			if mem.Modifiers.Has(ast.ModStatic) {
				continue
			}
			ctorN++
			mi := &MethodInfo{Name: ".ctor", Class: c, Decl: mem}
			for _, p := range mem.Params {
				mi.Params = append(mi.Params, m.paramType(p))
				mi.Defaults = append(mi.Defaults, p.Default)
			}
			c.Ctors = append(c.Ctors, mi)
		case *ast.ClassDecl, *ast.EnumDecl, *ast.DelegateDecl:
			// handled by the namespace walk
		default:
			m.diags.Unsupported(mem.Start(), declKind(mem)+" declaration", "write methods instead")
		}
	}
}

// paramType resolves a parameter's type; `params T[]` stays an array.
func (m *mapper) paramType(p *ast.Param) *Type {
	t := m.resolveType(p.Type, false)
	switch p.Modifier {
	case ast.ParamNone, ast.ParamParams, ast.ParamIn:
	default:
		m.diags.Unsupported(p.Pos, p.Modifier.String()+" parameter", "return the value instead")
	}
	return t
}

// findRoots sets each class's Root: the topmost class of its base chain
// that declares a virtual or abstract method.
func (m *mapper) findRoots() {
	for _, c := range m.classList {
		for k := c; k != nil; k = k.Base {
			for _, ms := range k.Methods {
				for _, mi := range ms {
					if mi.Virtual && !mi.Static {
						c.Root = k
					}
				}
			}
		}
	}
}

// virtuals lists the virtual methods of a root class, sorted by Go name,
// for its interface type.
func (c *ClassInfo) virtuals() []*MethodInfo {
	var out []*MethodInfo
	for _, ms := range c.Methods {
		for _, mi := range ms {
			if mi.Virtual && !mi.Static {
				out = append(out, mi)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].GoName < out[j].GoName })
	return out
}

// nameMembers decides the Go names of every member. Static members of the
// entry class (the one with Main) keep their names at package level; static
// members of other classes are prefixed with the class name (Server.Start ->
// ServerStart) so that classes cannot collide.
func (m *mapper) nameMembers(c *ClassInfo) {
	prefix := ""
	if c != m.entry {
		prefix = c.GoName
	}
	static := func(name string, public bool) string {
		if prefix == "" {
			if public {
				return GoIdent(exported(name))
			}
			return GoIdent(name)
		}
		if public {
			return GoIdent(prefix + exported(name))
		}
		return GoIdent(unexported(prefix) + exported(name))
	}
	member := func(name string, public bool) string {
		if public {
			return GoIdent(exported(name))
		}
		return GoIdent(name)
	}
	for _, f := range c.Fields {
		if f.Static {
			f.GoName = static(f.Name, f.public)
		} else {
			f.GoName = member(f.Name, f.public)
		}
	}
	for _, p := range c.Props {
		switch {
		case p.Static:
			p.GoName = static(p.Name, p.public)
			p.GoSet = static("Set"+exported(p.Name), p.public)
		case p.Auto:
			p.GoName = member(p.Name, p.public)
		default:
			p.GoName = GoIdent(exported(p.Name))
			p.GoSet = "Set" + exported(p.Name)
		}
	}
	for name, ms := range c.Methods {
		for i, mi := range ms {
			n := name
			if i > 0 {
				n = name + itoa(len(mi.Params))
				for _, o := range ms[:i] {
					if len(o.Params) == len(mi.Params) {
						n = name + itoa(i+1)
					}
				}
			}
			if mi.Static {
				mi.GoName = static(n, mi.public)
				if c == m.entry && name == "Main" {
					mi.GoName = "Main"
				}
			} else {
				mi.GoName = member(n, mi.public)
			}
		}
	}
	for i, ct := range c.Ctors {
		ct.GoName = "New" + c.GoName
		if i > 0 {
			ct.GoName += itoa(i + 1)
		}
	}
}

// dedupNames keeps package-level Go names unique: types, constructors and
// enum constants keep theirs; a static member whose name is taken (a
// static method Server in the entry class next to class Server) gets a
// trailing underscore. The order is the declaration order, so the result
// is deterministic.
func (m *mapper) dedupNames() {
	used := map[string]bool{"main": true, "init": true}
	for _, e := range m.enumList {
		used[e.GoName] = true
		for _, g := range e.Members {
			used[g] = true
		}
	}
	for _, c := range m.classList {
		used[c.GoName] = true
		used[unexported(c.GoName)+"Type"] = true
		used["New"+c.GoName] = true
		for _, ct := range c.Ctors {
			used[ct.GoName] = true
		}
	}
	claim := func(name *string) {
		for used[*name] {
			*name += "_"
		}
		used[*name] = true
	}
	for _, c := range m.classList {
		for _, mem := range c.Decl.Members {
			switch mem := mem.(type) {
			case *ast.FieldDecl:
				for _, v := range mem.Vars {
					if f := c.Fields[v.Name]; f != nil && f.Static {
						claim(&f.GoName)
					}
				}
			case *ast.PropertyDecl:
				if p := c.Props[mem.Name]; p != nil && p.Static {
					claim(&p.GoName)
					if !p.Auto {
						claim(&p.GoSet)
					}
				}
			case *ast.MethodDecl:
				for _, mi := range c.Methods[mem.Name] {
					if mi.Decl == mem && mi.Static && !(c == m.entry && mi.Name == "Main") {
						claim(&mi.GoName)
					}
				}
			}
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// classType returns the Type of values of a program class.
func (c *ClassInfo) classType() *Type {
	return &Type{Kind: TUser, Class: c, CS: c.Name}
}

// hasInstance reports whether the class needs a Go struct type.
func (c *ClassInfo) hasInstance() bool {
	if c.Static {
		return false
	}
	if len(c.Ctors) > 0 || c.Base != nil || c.BaseRuntime != nil {
		return true
	}
	for _, f := range c.Fields {
		if !f.Static {
			return true
		}
	}
	for _, p := range c.Props {
		if !p.Static {
			return true
		}
	}
	for _, ms := range c.Methods {
		for _, mi := range ms {
			if !mi.Static {
				return true
			}
		}
	}
	return false
}

// lowerClass emits the Go declarations of one class, in source order.
func (m *mapper) lowerClass(c *ClassInfo) {
	d := c.Decl
	// Where an internal error is reported until a member is being lowered:
	// the class, whichever class was lowered before it (lowerClasses).
	m.lastPos = d.Start()
	if lowerClassHook != nil {
		lowerClassHook(c)
	}
	if c.hasInstance() {
		td := &TypeDecl{Doc: docLines(d.Doc), Name: c.GoName}
		if c.Base != nil {
			td.Fields = append(td.Fields, &Field{Type: &GoType{Kind: GoNamed, Name: c.Base.GoName}, Embedded: true})
		}
		if c.Root == c {
			// Virtual calls dispatch through self_, the outermost object.
			iface := &GoType{Kind: GoInterface}
			for _, mi := range c.virtuals() {
				iface.Methods = append(iface.Methods, &Field{Name: mi.GoName, Type: funcGoType(mi.Params, mi.Result)})
			}
			m.file.Decls = append(m.file.Decls, &TypeDecl{Doc: []string{c.GoName + "Virtuals are the virtual methods of " + c.GoName + "."}, Name: c.GoName + "Virtuals", Type: iface})
			td.Fields = append(td.Fields, &Field{Name: "self_", Type: &GoType{Kind: GoNamed, Name: c.GoName + "Virtuals"}})
			m.file.Decls = append(m.file.Decls, outerMethod(c))
		}
		if c.BaseRuntime != nil {
			td.Fields = append(td.Fields, &Field{Type: exceptionStruct(c.BaseRuntime), Embedded: true})
			m.file.Decls = append(m.file.Decls, &VarDecl{Name: unexported(c.GoName) + "Type",
				Value: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "NewType"}, Args: []Expr{
					goString2(m.namespaceOf(c)), goString2(c.Name), exceptionTypeVar(c.BaseRuntime)}}})
		} else if c.Base != nil && c.runtimeBase() != nil {
			// An exception class deriving from a program exception class
			// gets its own descriptor too, so GetType().Name names it.
			m.file.Decls = append(m.file.Decls, &VarDecl{Name: unexported(c.GoName) + "Type",
				Value: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "NewType"}, Args: []Expr{
					goString2(m.namespaceOf(c)), goString2(c.Name), &Ident{Name: unexported(c.Base.GoName) + "Type"}}}})
		}
		if m.getTypeCalled {
			m.classTypeDecls(c)
		}
		// A program using Newtonsoft.Json tags the public members (jsontags.go).
		json := m.usesJSON()
		for _, mem := range d.Members {
			switch mem := mem.(type) {
			case *ast.FieldDecl:
				if mem.Modifiers.Has(ast.ModStatic) || mem.Modifiers.Has(ast.ModConst) {
					continue
				}
				for _, v := range mem.Vars {
					f := c.Fields[v.Name]
					fd := &Field{Doc: docLines(mem.Doc), Name: f.GoName, Type: f.Type.Go()}
					if json {
						fd.Tags = fieldJSONTags(f)
					}
					td.Fields = append(td.Fields, fd)
				}
			case *ast.PropertyDecl:
				p := c.Props[mem.Name]
				if p != nil && p.Auto && !p.Static {
					fd := &Field{Doc: docLines(mem.Doc), Name: p.GoName, Type: p.Type.Go()}
					if json {
						fd.Tags = autoPropertyJSONTags(p)
					}
					td.Fields = append(td.Fields, fd)
				} else if p != nil && json {
					if fd := bodyPropertyJSONField(p, mem); fd != nil {
						td.Fields = append(td.Fields, fd)
					}
				}
			}
		}
		m.file.Decls = append(m.file.Decls, td)
		if len(c.Ctors) == 0 {
			m.lowerCtor(c, nil, &MethodInfo{Name: ".ctor", GoName: "New" + c.GoName, Class: c})
		}
	}
	ctorI := 0
	for _, mem := range d.Members {
		m.lastPos = mem.Start()
		switch mem := mem.(type) {
		case *ast.FieldDecl:
			if !mem.Modifiers.Has(ast.ModStatic) && !mem.Modifiers.Has(ast.ModConst) {
				continue
			}
			for _, v := range mem.Vars {
				f := c.Fields[v.Name]
				vd := &VarDecl{Doc: docLines(mem.Doc), Name: f.GoName, Type: f.Type.Go(), Const: f.Const}
				if v.Init != nil {
					fs := m.newFunc(c, true, nil)
					vd.Value = fs.exprTo(v.Init, f.Type)
					if fs.unsup != nil {
						vd.Doc = append(vd.Doc, "TODO(cs2go): "+fs.unsup.what+" is not translated")
						vd.Value = fs.panicValue(fs.unsup, f.Type)
						vd.Const = false
					}
					if f.Const {
						vd.Type = nil
						if f.Type.Kind == TInt || f.Type.Kind == TFloat {
							vd.Type = f.Type.Go()
						}
						if hasCall(vd.Value) {
							// math.NaN(), math.Inf(1): no Go constant holds them.
							vd.Const, vd.Type = false, f.Type.Go()
						}
					}
				} else if f.Const {
					vd.Const = false
				}
				m.file.Decls = append(m.file.Decls, vd)
			}
		case *ast.PropertyDecl:
			m.lowerProperty(c, mem)
		case *ast.MethodDecl:
			for _, mi := range c.Methods[mem.Name] {
				if mi.Decl == mem {
					m.lowerMethod(c, mem, mi)
				}
			}
		case *ast.ConstructorDecl:
			if mem.Modifiers.Has(ast.ModStatic) {
				fs := m.newFunc(c, true, nil)
				body := fs.body(mem.Body, mem.ExprBody)
				m.file.Decls = append(m.file.Decls, &FuncDecl{Doc: docLines(mem.Doc), Pos: mem.Pos, Name: "init", Body: body})
				continue
			}
			m.lowerCtor(c, mem, c.Ctors[ctorI])
			ctorI++
		}
	}
}

func goString2(s string) Expr { return &BasicLit{Value: strconvQuote(s)} }

// namespaceOf returns the namespace a class was declared in ("" if none).
func (m *mapper) namespaceOf(c *ClassInfo) string {
	var find func(members []ast.Decl, ns string) (string, bool)
	find = func(members []ast.Decl, ns string) (string, bool) {
		for _, d := range members {
			switch d := d.(type) {
			case *ast.NamespaceDecl:
				n := typeRefName(d.Name)
				if ns != "" {
					n = ns + "." + n
				}
				if r, ok := find(d.Members, n); ok {
					return r, true
				}
			case *ast.ClassDecl:
				if d == c.Decl {
					return ns, true
				}
			}
		}
		return "", false
	}
	for _, cu := range m.units {
		if ns, ok := find(cu.Members, ""); ok {
			return ns
		}
	}
	return ""
}

// exceptionStruct is the struct a user exception class embeds: the runtime
// class itself, or ExceptionBase for System.Exception.
func exceptionStruct(t *Type) *GoType {
	if t.Info.FullName == "System.Exception" {
		return &GoType{Kind: GoNamed, Pkg: systemPkg, Name: "ExceptionBase"}
	}
	return &GoType{Kind: GoNamed, Pkg: t.Info.ImportPath(), Name: t.Info.Entry.Go}
}

// exceptionTypeVar is the runtime's class descriptor variable (XType).
func exceptionTypeVar(t *Type) Expr {
	return &Qual{Path: t.Info.ImportPath(), Name: t.Info.Name + "Type"}
}

func (m *mapper) params(fs *funcState, ps []*ast.Param, types []*Type) ([]*Field, bool) {
	var out []*Field
	variadic := false
	for i, p := range ps {
		name := fs.declare(p.Name, types[i])
		out = append(out, &Field{Name: name, Type: types[i].Go()})
		if p.Modifier == ast.ParamParams {
			variadic = true
		}
	}
	return out, variadic
}

func (m *mapper) lowerMethod(c *ClassInfo, d *ast.MethodDecl, mi *MethodInfo) {
	if mi.Abstract {
		// The class's methods must satisfy its Virtuals interface; an
		// abstract method is never called on the class itself.
		fs := m.newFunc(c, false, mi.Result)
		fd := &FuncDecl{Doc: docLines(d.Doc), Pos: d.Pos, Name: mi.GoName, Recv: &Field{Name: "this", Type: c.classType().Go()}}
		fd.Params, fd.Variadic = m.params(fs, d.Params, mi.Params)
		if mi.Result != nil && mi.Result.Kind != TVoid {
			fd.Results = []*GoType{mi.Result.Go()}
		}
		fd.Body = &Block{Stmts: []Stmt{&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{lit(strconvQuote("cs2go: abstract method " + c.Name + "." + mi.Name + " called"))}}}}}
		m.file.Decls = append(m.file.Decls, fd)
		return
	}
	m.typeParams = mi.TypeParams
	defer func() { m.typeParams = nil }()
	fs := m.newFunc(c, mi.Static, mi.Result)
	fd := &FuncDecl{Doc: docLines(d.Doc), Pos: d.Pos, Name: mi.GoName, TypeParams: mi.TypeParams}
	if !mi.Static {
		fd.Recv = &Field{Name: "this", Type: c.classType().Go()}
	}
	fd.Params, fd.Variadic = m.params(fs, d.Params, mi.Params)
	fd.Body, fd.Results = fs.asyncBody(mi.Async, mi.Result, d.Body, d.ExprBody, d.Pos)
	m.file.Decls = append(m.file.Decls, fd)
}

// asyncBody lowers a function body. An async method runs its body through
// tasks.Async/AsyncOf (the caller continues at the body's first await of an
// unfinished task, as in .NET), so `return x` inside the body completes the
// task; an async void method uses tasks.AsyncVoid (an escaping exception
// ends the process).
func (fs *funcState) asyncBody(async bool, result *Type, body *ast.Block, exprBody ast.Expr, pos ast.Position) (*Block, []*GoType) {
	var results []*GoType
	if result != nil && result.Kind != TVoid {
		results = []*GoType{result.Go()}
	}
	if !async {
		return finish(fs.body(body, exprBody), results), results
	}
	call := func(name string, lit *FuncLit) Expr {
		return &CallExpr{Fun: &Qual{Path: tasksPkg, Name: name}, Args: []Expr{lit}}
	}
	switch {
	case result == nil || result.Kind == TVoid:
		fs.result = voidType
		b := fs.body(body, exprBody)
		return &Block{Stmts: []Stmt{&ExprStmt{X: call("AsyncVoid", &FuncLit{Body: b})}}}, nil
	case result.Is("System.Threading.Tasks.Task") && len(result.Args) == 0:
		fs.result = voidType
		b := fs.body(body, exprBody)
		return &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{call("Async", &FuncLit{Body: b})}}}}, results
	case result.Is("System.Threading.Tasks.Task") && len(result.Args) == 1:
		inner := result.Args[0]
		fs.result = inner
		b := finish(fs.body(body, exprBody), []*GoType{inner.Go()})
		return &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{call("AsyncOf", &FuncLit{Results: []*GoType{inner.Go()}, Body: b})}}}}, results
	}
	fs.m.diags.Unsupported(pos, "async method returning "+result.String(), "return Task or Task<T>")
	return finish(fs.body(body, exprBody), results), results
}

// finish ends a body that returns values with a panic when Go cannot see
// that it never falls off the end: C# proved every path returns, but the
// returns lowered inside try closures are invisible to Go's check.
func finish(b *Block, results []*GoType) *Block {
	if len(results) == 0 || terminates(b.Stmts) {
		return b
	}
	b.Stmts = append(b.Stmts, &ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{lit(`"cs2go: unreachable"`)}}})
	return b
}

// terminates reports whether a statement list ends in a Go terminating
// statement (The Go Programming Language Specification, "Terminating
// statements"), conservatively.
func terminates(stmts []Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	switch s := stmts[len(stmts)-1].(type) {
	case *LineStmt:
		return terminates([]Stmt{s.Stmt})
	case *LabeledStmt:
		return terminates([]Stmt{s.Stmt})
	case *ReturnStmt:
		return true
	case *BranchStmt:
		return s.Tok == "goto"
	case *ExprStmt:
		if c, ok := s.X.(*CallExpr); ok {
			if id, ok := c.Fun.(*Ident); ok && id.Name == "panic" {
				return true
			}
		}
	case *Block:
		return terminates(s.Stmts)
	case *IfStmt:
		if s.Else == nil || !terminates(s.Then.Stmts) {
			return false
		}
		return terminates([]Stmt{s.Else})
	case *ForStmt:
		return s.Cond == nil && !hasBreak(s.Body.Stmts)
	case *SwitchStmt:
		hasDefault := false
		for _, c := range s.Cases {
			hasDefault = hasDefault || c.List == nil
			if !terminates(c.Body) || hasBreak(c.Body) {
				return false
			}
		}
		return hasDefault
	}
	return false
}

// hasBreak reports whether a loop body breaks out of the loop.
func hasBreak(stmts []Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *LineStmt:
			if hasBreak([]Stmt{s.Stmt}) {
				return true
			}
		case *LabeledStmt:
			if hasBreak([]Stmt{s.Stmt}) {
				return true
			}
		case *BranchStmt:
			if s.Tok == "break" {
				return true
			}
		case *Block:
			if hasBreak(s.Stmts) {
				return true
			}
		case *IfStmt:
			if hasBreak(s.Then.Stmts) || (s.Else != nil && hasBreak([]Stmt{s.Else})) {
				return true
			}
		}
	}
	return false
}

var tasksPkg = RuntimeModule + "system/threading/tasks"

func (m *mapper) lowerCtor(c *ClassInfo, d *ast.ConstructorDecl, mi *MethodInfo) {
	fs := m.newFunc(c, false, nil)
	fd := &FuncDecl{Name: mi.GoName, Results: []*GoType{c.classType().Go()}}
	if d != nil {
		fd.Doc, fd.Pos = docLines(d.Doc), d.Pos
		fd.Params, fd.Variadic = m.params(fs, d.Params, mi.Params)
	}
	var stmts []Stmt
	var init Expr = &UnaryExpr{Op: "&", X: &CompositeLit{Type: &GoType{Kind: GoNamed, Name: c.GoName}}}
	if d != nil && d.Initializer != nil && d.Initializer.This {
		// : this(args) builds the object with the other constructor.
		if target := fs.pickCtor(c, d.Initializer.Args, d.Initializer.Pos); target != nil {
			init = &CallExpr{Fun: &Ident{Name: target.GoName}, Args: fs.args(d.Initializer.Args, target.Params, false)}
		}
	}
	stmts = append(stmts, &AssignStmt{Lhs: []Expr{&Ident{Name: "this"}}, Tok: ":=", Rhs: []Expr{init}})
	if d == nil || d.Initializer == nil || !d.Initializer.This {
		if c.BaseRuntime != nil {
			msg, inner := Expr(&BasicLit{Value: `""`}), Expr(&BasicLit{Value: "nil"})
			if d != nil && d.Initializer != nil {
				args := d.Initializer.Args
				if len(args) > 0 {
					msg = fs.exprTo(args[0].X, stringType)
				}
				if len(args) > 1 {
					inner = fs.exprTo(args[1].X, m.exceptionType())
				}
			}
			stmts = append(stmts, &ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: &Ident{Name: "this"}, Sel: "Init"},
				Args: []Expr{&Ident{Name: "this"}, &Ident{Name: unexported(c.GoName) + "Type"}, msg, inner}}})
		} else if c.Base != nil {
			var target *MethodInfo
			var args []*ast.Argument
			if d != nil && d.Initializer != nil {
				args = d.Initializer.Args
			}
			target = fs.pickCtor(c.Base, args, c.Decl.Pos)
			name := "New" + c.Base.GoName
			var argx []Expr
			if target != nil {
				name = target.GoName
				argx = fs.args(args, target.Params, false)
			}
			stmts = append(stmts, &AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: "this"}, Sel: c.Base.GoName}},
				Tok: "=", Rhs: []Expr{&UnaryExpr{Op: "*", X: &CallExpr{Fun: &Ident{Name: name}, Args: argx}}}})
			if c.runtimeBase() != nil {
				// The copied base exception still names the base class and
				// object: make this object, of this class, the exception.
				stmts = append(stmts, &ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: &Ident{Name: "this"}, Sel: "Rebind"},
					Args: []Expr{&Ident{Name: "this"}, &Ident{Name: unexported(c.GoName) + "Type"}}}})
			}
		}
		if c.Root != nil {
			// From here on, virtual calls reach this object's overrides.
			stmts = append(stmts, &AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: "this"}, Sel: "self_"}}, Tok: "=", Rhs: []Expr{&Ident{Name: "this"}}})
		}
		// Field and auto-property initializers run before the body, as in C#.
		for _, mem := range c.Decl.Members {
			switch mem := mem.(type) {
			case *ast.FieldDecl:
				if mem.Modifiers.Has(ast.ModStatic) || mem.Modifiers.Has(ast.ModConst) {
					continue
				}
				for _, v := range mem.Vars {
					if v.Init != nil {
						f := c.Fields[v.Name]
						stmts = append(stmts, &AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: "this"}, Sel: f.GoName}}, Tok: "=", Rhs: []Expr{fs.exprTo(v.Init, f.Type)}})
					}
				}
			case *ast.PropertyDecl:
				p := c.Props[mem.Name]
				if p != nil && p.Auto && !p.Static && mem.Init != nil {
					stmts = append(stmts, &AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: "this"}, Sel: p.GoName}}, Tok: "=", Rhs: []Expr{fs.exprTo(mem.Init, p.Type)}})
				}
			}
		}
	}
	if d != nil {
		fs.result = voidType
		fs.ctorReturn = true
		stmts = append(stmts, fs.body(d.Body, d.ExprBody).Stmts...)
	}
	stmts = append(stmts, &ReturnStmt{Results: []Expr{&Ident{Name: "this"}}})
	fd.Body = &Block{Stmts: stmts}
	m.file.Decls = append(m.file.Decls, fd)
}

func (m *mapper) exceptionType() *Type {
	return m.tb.instantiate(m.tb.Type("System.Exception"), nil)
}

func (m *mapper) lowerProperty(c *ClassInfo, d *ast.PropertyDecl) {
	p := c.Props[d.Name]
	if p == nil {
		return
	}
	if p.Auto {
		if p.Static {
			vd := &VarDecl{Doc: docLines(d.Doc), Name: p.GoName, Type: p.Type.Go()}
			if d.Init != nil {
				fs := m.newFunc(c, true, nil)
				vd.Value = fs.exprTo(d.Init, p.Type)
				if fs.unsup != nil {
					vd.Value = fs.panicValue(fs.unsup, p.Type)
				}
			}
			m.file.Decls = append(m.file.Decls, vd)
		}
		return
	}
	recv := func() *Field {
		if p.Static {
			return nil
		}
		return &Field{Name: "this", Type: c.classType().Go()}
	}
	if d.ExprBody != nil {
		fs := m.newFunc(c, p.Static, p.Type)
		m.file.Decls = append(m.file.Decls, &FuncDecl{Doc: docLines(d.Doc), Pos: d.Pos, Recv: recv(), Name: p.GoName,
			Results: []*GoType{p.Type.Go()}, Body: fs.body(nil, d.ExprBody)})
		return
	}
	for _, a := range d.Accessors {
		switch a.Kind {
		case ast.AccessorGet:
			fs := m.newFunc(c, p.Static, p.Type)
			m.file.Decls = append(m.file.Decls, &FuncDecl{Doc: docLines(d.Doc), Pos: a.Pos, Recv: recv(), Name: p.GoName,
				Results: []*GoType{p.Type.Go()}, Body: fs.body(a.Body, a.ExprBody)})
		case ast.AccessorSet, ast.AccessorInit:
			fs := m.newFunc(c, p.Static, voidType)
			v := fs.declare("value", p.Type)
			m.file.Decls = append(m.file.Decls, &FuncDecl{Pos: a.Pos, Recv: recv(), Name: p.GoSet,
				Params: []*Field{{Name: v, Type: p.Type.Go()}}, Body: fs.body(a.Body, a.ExprBody)})
		}
	}
}

// emitMain writes func main calling the C# Main with the command-line
// arguments and passing its exit code on.
func (m *mapper) emitMain() {
	var mi *MethodInfo
	for _, x := range m.entry.Methods["Main"] {
		if x.Static {
			mi = x
		}
	}
	var args []Expr
	if len(mi.Params) == 1 {
		args = []Expr{osArgs()}
	}
	call := Expr(&CallExpr{Fun: &Ident{Name: mi.GoName}, Args: args})
	var code Expr
	switch {
	case mi.Async && mi.Result != nil && mi.Result.Is("System.Threading.Tasks.Task") && len(mi.Result.Args) == 1:
		code = &CallExpr{Fun: &SelectorExpr{X: call, Sel: "Await"}}
	case mi.Async:
		call = &CallExpr{Fun: &SelectorExpr{X: call, Sel: "Await"}}
	case mi.Result != nil && mi.Result.Kind == TInt:
		code = call
	}
	m.file.Decls = append(m.file.Decls, &FuncDecl{Name: "main", Body: &Block{Stmts: mainBody(call, code)}})
}

// mainBody is func main's body: an exception escaping Main ends the
// process as .NET's unhandled-exception handler does (message, exit code
// 134), and the process waits for foreground threads before exiting.
// code, when not nil, is Main's exit code.
func mainBody(call, code Expr) []Stmt {
	threading := RuntimeModule + "system/threading"
	stmts := []Stmt{&DeferStmt{Call: &CallExpr{Fun: &FuncLit{Body: &Block{Stmts: []Stmt{
		&IfStmt{Init: &AssignStmt{Lhs: []Expr{&Ident{Name: "r"}}, Tok: ":=", Rhs: []Expr{&CallExpr{Fun: &Ident{Name: "recover"}}}},
			Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: "r"}, Y: lit("nil")},
			Then: &Block{Stmts: []Stmt{&ExprStmt{X: &CallExpr{Fun: &Qual{Path: threading, Name: "UnhandledRecovered"}, Args: []Expr{&Ident{Name: "r"}}}}}}},
	}}}}}}
	wait := &ExprStmt{X: &CallExpr{Fun: &Qual{Path: threading, Name: "WaitForegroundThreads"}}}
	if code == nil {
		return append(stmts, &ExprStmt{X: call}, wait)
	}
	return append(stmts, &AssignStmt{Lhs: []Expr{&Ident{Name: "code"}}, Tok: ":=", Rhs: []Expr{code}}, wait, exitWith(&Ident{Name: "code"}))
}

// exitWith is os.Exit(int(code)), for `int Main`.
func exitWith(code Expr) Stmt {
	return &ExprStmt{X: &CallExpr{Fun: &Qual{Path: "os", Name: "Exit"}, Args: []Expr{&ConvExpr{Type: &GoType{Kind: GoBasic, Name: "int"}, X: code}}}}
}

// osArgs is os.Args[1:], the C# args array.
func osArgs() Expr {
	return &SliceExpr{X: &Qual{Path: "os", Name: "Args"}, Low: &BasicLit{Value: "1"}}
}

// lowerTopLevel translates top-level statements into func main; top-level
// local functions become package-level functions (they cannot capture the
// statements' locals, which C# allows but is rare in programs).
func (m *mapper) lowerTopLevel(cu *ast.CompilationUnit) {
	fs := m.newFunc(nil, true, voidType)
	fs.topLevel = true
	var stmts []ast.Stmt
	for _, s := range cu.Statements {
		if lf, ok := s.(*ast.LocalFunctionStmt); ok {
			fs.declareLocalFunc(lf)
			continue
		}
		stmts = append(stmts, s)
	}
	for _, s := range cu.Statements {
		if lf, ok := s.(*ast.LocalFunctionStmt); ok {
			m.lowerTopLevelFunc(lf)
		}
	}
	argsName := fs.declare("args", ArrayOf(stringType))
	rest := fs.stmtList(stmts)
	var body []Stmt
	if fs.lookupLocal("args").used {
		body = append(body, &AssignStmt{Lhs: []Expr{&Ident{Name: argsName}}, Tok: ":=", Rhs: []Expr{osArgs()}})
	}
	body = append(body, rest...)
	// Top-level statements are Main's body: run them in a function so
	// that main can handle what escapes it.
	m.file.Decls = append(m.file.Decls, &FuncDecl{Name: "main", Body: &Block{Stmts: mainBody(
		&CallExpr{Fun: &FuncLit{Body: &Block{Stmts: body}}}, nil)}})
}

func (m *mapper) lowerTopLevelFunc(lf *ast.LocalFunctionStmt) {
	info := m.topFuncs[lf.Name]
	fs := m.newFunc(nil, true, info.Result)
	fd := &FuncDecl{Pos: lf.Pos, Name: info.GoName}
	fd.Params, fd.Variadic = m.params(fs, lf.Params, info.Params)
	fd.Body, fd.Results = fs.asyncBody(lf.Modifiers.Has(ast.ModAsync), info.Result, lf.Body, lf.ExprBody, lf.Pos)
	m.file.Decls = append(m.file.Decls, fd)
}

// declareEnum records an enum: members become constants TypeMember.
func (m *mapper) declareEnum(d *ast.EnumDecl) {
	if _, dup := m.enums[d.Name]; dup || m.classes[d.Name] != nil {
		m.diags.Unsupported(d.NamePos, "second type named "+d.Name, "rename one of them; nested and namespaced types share one Go package")
		return
	}
	e := &EnumInfo{Decl: d, Name: d.Name, GoName: GoIdent(exported(d.Name)), Underlying: intType, Members: map[string]string{}}
	if d.BaseType != nil {
		if t := m.resolveType(d.BaseType, false); t.Kind == TInt {
			e.Underlying = t
		}
	}
	for _, mem := range d.Members {
		e.Members[mem.Name] = GoIdent(e.GoName + exported(mem.Name))
	}
	m.enums[d.Name] = e
	m.enumList = append(m.enumList, e)
}

// lowerEnum emits `type E int32`, its constants, and ToString, which
// prints the member's name (.NET's Enum.ToString) or else the number.
func (m *mapper) lowerEnum(e *EnumInfo) {
	t := e.enumType()
	m.file.Decls = append(m.file.Decls, &TypeDecl{Doc: docLines(e.Decl.Doc), Name: e.GoName, Type: e.Underlying.Go()})
	fs := m.newFunc(nil, true, nil)
	var prev string
	var cases []*CaseClause
	seen := map[string]bool{}
	for _, mem := range e.Decl.Members {
		goName := e.Members[mem.Name]
		var value Expr
		switch {
		case mem.Value != nil:
			// Other members are in scope in an enum's initializers.
			fs.enumScope = e
			value = fs.exprTo(mem.Value, t)
			fs.enumScope = nil
		case prev == "":
			value = lit("0")
		default:
			value = &BinaryExpr{Op: "+", X: &Ident{Name: prev}, Y: lit("1")}
		}
		if fs.unsup != nil {
			value, fs.unsup = lit("0"), nil
		}
		m.file.Decls = append(m.file.Decls, &VarDecl{Doc: docLines(mem.Doc), Name: goName, Type: t.Go(), Value: value, Const: true})
		prev = goName
		if !seen[goName] {
			seen[goName] = true
			cases = append(cases, &CaseClause{List: []Expr{&Ident{Name: goName}}, Body: []Stmt{&ReturnStmt{Results: []Expr{lit(strconvQuote(mem.Name))}}}})
		}
	}
	body := []Stmt{}
	if len(cases) > 0 {
		body = append(body, &SwitchStmt{Tag: &Ident{Name: "e"}, Cases: cases})
	}
	body = append(body, &ReturnStmt{Results: []Expr{&CallExpr{Fun: &Qual{Path: systemPkg, Name: "ObjectToString"},
		Args: []Expr{&ConvExpr{Type: e.Underlying.Go(), X: &Ident{Name: "e"}}}}}})
	m.file.Decls = append(m.file.Decls, &FuncDecl{Doc: []string{"ToString is Enum.ToString: the member's name, else the number."},
		Recv: &Field{Name: "e", Type: t.Go()}, Name: "ToString", Results: []*GoType{goString}, Body: &Block{Stmts: body}})
}
