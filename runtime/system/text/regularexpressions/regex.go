// Package regularexpressions is .NET's System.Text.RegularExpressions for
// translated programs: Regex (static and instance IsMatch, Match, Matches,
// Replace, Split), Match, Group and their collections, on Go's regexp.
//
// Patterns are rewritten from .NET's syntax into RE2's where the two
// differ in meaning: \d, \w and \s match Unicode digits, word characters
// and white space in .NET (ASCII in RE2), (?'name'...) names a group, and
// RegexOptions become inline flags. What RE2 cannot do — lookaround,
// backreferences, atomic groups, RightToLeft — throws NotSupportedException
// naming the construct, since .NET would have accepted the pattern. \b
// stays ASCII-based, and $ without Multiline matches only at the very end
// (.NET also matches before a final newline).
package regularexpressions

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/cs2go/cs2go/runtime/system"
)

// RegexOptions is System.Text.RegularExpressions.RegexOptions.
type RegexOptions int32

// The RegexOptions members.
const (
	RegexOptionsNone                    RegexOptions = 0
	RegexOptionsIgnoreCase              RegexOptions = 1
	RegexOptionsMultiline               RegexOptions = 2
	RegexOptionsExplicitCapture         RegexOptions = 4
	RegexOptionsCompiled                RegexOptions = 8
	RegexOptionsSingleline              RegexOptions = 16
	RegexOptionsIgnorePatternWhitespace RegexOptions = 32
	RegexOptionsRightToLeft             RegexOptions = 64
	RegexOptionsECMAScript              RegexOptions = 256
	RegexOptionsCultureInvariant        RegexOptions = 512
)

// Regex is System.Text.RegularExpressions.Regex.
type Regex struct {
	pattern string
	options RegexOptions
	re      *regexp.Regexp
	// order maps .NET's group numbers to RE2's: .NET numbers the unnamed
	// groups first and the named ones after them, RE2 all by position.
	order []int
}

// NewRegex is `new Regex(pattern)`.
func NewRegex(pattern string) *Regex { return NewRegexOptions(pattern, RegexOptionsNone) }

// NewRegexOptions is `new Regex(pattern, options)`.
func NewRegexOptions(pattern string, options RegexOptions) *Regex {
	re := compile(pattern, options)
	order := []int{0}
	names := re.SubexpNames()
	for i := 1; i < len(names); i++ {
		if names[i] == "" {
			order = append(order, i)
		}
	}
	for i := 1; i < len(names); i++ {
		if names[i] != "" {
			order = append(order, i)
		}
	}
	return &Regex{pattern: pattern, options: options, re: re, order: order}
}

// cache holds the static methods' compiled patterns, as .NET's Regex
// cache does (Regex.CacheSize, 15 by default), so a static call in a
// request handler compiles its pattern once.
var cache = struct {
	sync.Mutex
	regexes map[cacheKey]*Regex
}{regexes: map[cacheKey]*Regex{}}

// cacheSize is .NET's default Regex.CacheSize.
const cacheSize = 15

type cacheKey struct {
	pattern string
	options RegexOptions
}

func compile(pattern string, options RegexOptions) *regexp.Regexp {
	if options&RegexOptionsRightToLeft != 0 {
		panic(system.NewNotSupportedException("cs2go: RegexOptions.RightToLeft is not supported (Go's regexp matches left to right)"))
	}
	src, err := translate(pattern, options)
	if err != nil {
		panic(err)
	}
	re, cerr := regexp.Compile(src)
	if cerr != nil {
		panic(system.NewArgumentExceptionParam("Invalid pattern '"+pattern+"': "+cerr.Error(), "pattern"))
	}
	return re
}

// translate rewrites a .NET pattern into RE2 syntax (see the package doc).
func translate(pattern string, options RegexOptions) (string, system.Exception) {
	var b strings.Builder
	flags := ""
	if options&RegexOptionsIgnoreCase != 0 {
		flags += "i"
	}
	if options&RegexOptionsMultiline != 0 {
		flags += "m"
	}
	if options&RegexOptionsSingleline != 0 {
		flags += "s"
	}
	if flags != "" {
		b.WriteString("(?" + flags + ")")
	}
	extended := options&RegexOptionsIgnorePatternWhitespace != 0
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			n := pattern[i+1]
			i++
			switch n {
			case 'd':
				b.WriteString(classOrSet(inClass, `\p{Nd}`))
			case 'D':
				b.WriteString(negated(inClass, `\p{Nd}`))
			case 'w':
				b.WriteString(classOrSet(inClass, `\p{L}\p{Mn}\p{Nd}\p{Pc}`))
			case 'W':
				b.WriteString(negated(inClass, `\p{L}\p{Mn}\p{Nd}\p{Pc}`))
			case 's':
				b.WriteString(classOrSet(inClass, `\f\n\r\t\v\x{85}\p{Z}`))
			case 'S':
				b.WriteString(negated(inClass, `\f\n\r\t\v\x{85}\p{Z}`))
			case 'k', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if !inClass {
					return "", unsupported("backreference \\" + string(n))
				}
				b.WriteByte('\\')
				b.WriteByte(n)
			case 'Z':
				b.WriteString(`(?:\n?\z)`)
			case 'G':
				return "", unsupported(`\G`)
			default:
				b.WriteByte('\\')
				b.WriteByte(n)
			}
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			// A ']' right after '[' or '[^' is a literal in both syntaxes.
			if i+1 < len(pattern) && pattern[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(pattern) && pattern[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case c == '(' && !strings.HasPrefix(pattern[i:], "(?") && options&RegexOptionsExplicitCapture != 0:
			b.WriteString("(?:") // ExplicitCapture: only named groups capture
		case c == '(' && strings.HasPrefix(pattern[i:], "(?"):
			rest := pattern[i+2:]
			switch {
			case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
				return "", unsupported("lookahead (?" + rest[:1])
			case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
				return "", unsupported("lookbehind (?" + rest[:2])
			case strings.HasPrefix(rest, ">"):
				return "", unsupported("atomic group (?>")
			case strings.HasPrefix(rest, "("):
				return "", unsupported("conditional (?(")
			case strings.HasPrefix(rest, "'"):
				// (?'name'...) is (?P<name>...).
				end := strings.IndexByte(rest[1:], '\'')
				if end < 0 {
					b.WriteString("(?")
					i++
					continue
				}
				b.WriteString("(?P<" + rest[1:1+end] + ">")
				i += 2 + 1 + end
			case strings.HasPrefix(rest, "#"):
				// An inline comment.
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					end = len(rest) - 1
				}
				i += 2 + end
			default:
				b.WriteString("(?")
				i++
			}
		case extended && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			// IgnorePatternWhitespace drops unescaped white space.
		case extended && c == '#':
			for i < len(pattern) && pattern[i] != '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func classOrSet(inClass bool, set string) string {
	if inClass {
		return set
	}
	return "[" + set + "]"
}

func negated(inClass bool, set string) string {
	if inClass {
		// [^...] inside a class cannot nest in RE2; \P{} works only for a
		// single property, so the common one-property cases use it.
		if strings.Count(set, `\p{`) == 1 && !strings.ContainsAny(strings.ReplaceAll(set, `\p{Nd}`, ""), `\`) {
			return strings.ReplaceAll(set, `\p`, `\P`)
		}
		return set // approximation documented in RUNTIME.md
	}
	return "[^" + set + "]"
}

func unsupported(what string) system.Exception {
	return system.NewNotSupportedException("cs2go: the regular expression construct " + what + " is not supported (Go's regexp is RE2: no lookaround or backreferences)")
}

// Options is Regex.Options.
func (r *Regex) Options() RegexOptions { return r.options }

// ToString is Regex.ToString(): the pattern.
func (r *Regex) ToString() string { return r.pattern }

// IsMatch is regex.IsMatch(input).
func (r *Regex) IsMatch(input string) bool {
	return r.re.MatchString(input)
}

// Match is regex.Match(input): the first match, or a failed Match.
func (r *Regex) Match(input string) *Match {
	return r.matchAt(input, 0)
}

// Matches is regex.Matches(input).
func (r *Regex) Matches(input string) *MatchCollection {
	var ms []*Match
	for m := r.matchAt(input, 0); m.Success(); m = m.NextMatch() {
		ms = append(ms, m)
	}
	return &MatchCollection{matches: ms}
}

// Replace is regex.Replace(input, replacement): $1, ${name} and $$ as in
// .NET (RE2's Expand has the same syntax for these).
func (r *Regex) Replace(input, replacement string) string {
	return r.re.ReplaceAllString(input, r.dotnetReplacement(replacement))
}

// ReplaceEvaluator is regex.Replace(input, evaluator).
func (r *Regex) ReplaceEvaluator(input string, evaluator func(*Match) string) string {
	var b strings.Builder
	last := 0
	for m := r.matchAt(input, 0); m.Success(); m = m.NextMatch() {
		b.WriteString(input[last:m.start])
		b.WriteString(evaluator(m))
		last = m.end
	}
	b.WriteString(input[last:])
	return b.String()
}

// Split is regex.Split(input): like .NET, captured groups are included in
// the result between the pieces.
func (r *Regex) Split(input string) []string {
	var parts []string
	last := 0
	for m := r.matchAt(input, 0); m.Success(); m = m.NextMatch() {
		parts = append(parts, input[last:m.start])
		for _, g := range m.groups[1:] {
			if g.success {
				parts = append(parts, g.value)
			}
		}
		last = m.end
	}
	return append(parts, input[last:])
}

// dotnetReplacement rewrites a .NET replacement pattern into RE2's: $N
// names .NET's group N (renumbered, see Regex.order) and is taken whole
// ("$1x" is group 1, then x: RE2 would read a group named "1x"); a number
// with no group stays literal text, as in .NET. ${name} and $$ are spelled
// alike.
func (r *Regex) dotnetReplacement(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '$' && i+1 < len(s) && s[i+1] == '$' {
			b.WriteString("$$")
			i++
			continue
		}
		if s[i] == '$' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i+1 : j])
			if err == nil && n < len(r.order) {
				b.WriteString("${" + strconv.Itoa(r.order[n]) + "}")
			} else {
				b.WriteString("$$" + s[i+1:j])
			}
			i = j - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Static forms: Regex.IsMatch(input, pattern) and friends compile through
// the cache.

func cached(pattern string, options RegexOptions) *Regex {
	key := cacheKey{pattern, options}
	cache.Lock()
	r := cache.regexes[key]
	cache.Unlock()
	if r != nil {
		return r
	}
	r = NewRegexOptions(pattern, options) // panics on a bad pattern: nothing cached
	cache.Lock()
	if len(cache.regexes) >= cacheSize {
		clear(cache.regexes) // simpler than .NET's LRU; the effect is the same for programs
	}
	cache.regexes[key] = r
	cache.Unlock()
	return r
}

// RegexIsMatch is Regex.IsMatch(input, pattern).
func RegexIsMatch(input, pattern string) bool { return cached(pattern, 0).IsMatch(input) }

// RegexIsMatchOptions is Regex.IsMatch(input, pattern, options).
func RegexIsMatchOptions(input, pattern string, options RegexOptions) bool {
	return cached(pattern, options).IsMatch(input)
}

// RegexMatch is Regex.Match(input, pattern).
func RegexMatch(input, pattern string) *Match { return cached(pattern, 0).Match(input) }

// RegexMatchOptions is Regex.Match(input, pattern, options).
func RegexMatchOptions(input, pattern string, options RegexOptions) *Match {
	return cached(pattern, options).Match(input)
}

// RegexMatches is Regex.Matches(input, pattern).
func RegexMatches(input, pattern string) *MatchCollection { return cached(pattern, 0).Matches(input) }

// RegexReplace is Regex.Replace(input, pattern, replacement).
func RegexReplace(input, pattern, replacement string) string {
	return cached(pattern, 0).Replace(input, replacement)
}

// RegexReplaceEvaluator is Regex.Replace(input, pattern, evaluator).
func RegexReplaceEvaluator(input, pattern string, evaluator func(*Match) string) string {
	return cached(pattern, 0).ReplaceEvaluator(input, evaluator)
}

// RegexSplit is Regex.Split(input, pattern).
func RegexSplit(input, pattern string) []string { return cached(pattern, 0).Split(input) }

// RegexEscape is Regex.Escape(str).
func RegexEscape(str string) string {
	var b strings.Builder
	for _, r := range str {
		switch r {
		case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
