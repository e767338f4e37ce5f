// This file continues the mapping table (data.go) with
// System.Text.RegularExpressions: Regex's static and instance matching,
// replacing and splitting, and the Match/Group results (runtime package
// regularexpressions; its doc lists what RE2 cannot express).

package mapper

var regexData = []Entry{
	{Type: "System.Text.RegularExpressions.RegexOptions", Kind: Enum, Go: "RegexOptions"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "None", Kind: EnumMember, Go: "RegexOptionsNone"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "IgnoreCase", Kind: EnumMember, Go: "RegexOptionsIgnoreCase"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "Multiline", Kind: EnumMember, Go: "RegexOptionsMultiline"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "ExplicitCapture", Kind: EnumMember, Go: "RegexOptionsExplicitCapture"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "Compiled", Kind: EnumMember, Go: "RegexOptionsCompiled", Note: "accepted; Go compiles every pattern"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "Singleline", Kind: EnumMember, Go: "RegexOptionsSingleline"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "IgnorePatternWhitespace", Kind: EnumMember, Go: "RegexOptionsIgnorePatternWhitespace"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "RightToLeft", Kind: EnumMember, Go: "RegexOptionsRightToLeft", Note: "throws NotSupportedException"},
	{Type: "System.Text.RegularExpressions.RegexOptions", Member: "CultureInvariant", Kind: EnumMember, Go: "RegexOptionsCultureInvariant"},

	{Type: "System.Text.RegularExpressions.Regex", Kind: Class, Go: "Regex", Note: "Go's RE2: lookaround and backreferences throw NotSupportedException"},
	{Type: "System.Text.RegularExpressions.Regex", Kind: Ctor, Go: "NewRegex", Params: []string{"string"}},
	{Type: "System.Text.RegularExpressions.Regex", Kind: Ctor, Go: "NewRegexOptions", Params: []string{"string", "RegexOptions"}},
	{Type: "System.Text.RegularExpressions.Regex", Member: "IsMatch", Kind: Method, Params: []string{"string"}, Result: "bool", Go: "IsMatch"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Match", Kind: Method, Params: []string{"string"}, Result: "Match", Go: "Match"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Matches", Kind: Method, Params: []string{"string"}, Result: "MatchCollection", Go: "Matches"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Replace", Kind: Method, Params: []string{"string", "string"}, Result: "string", Go: "Replace"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Replace", Kind: Method, Params: []string{"string", "MatchEvaluator"}, Result: "string", Go: "ReplaceEvaluator"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Split", Kind: Method, Params: []string{"string"}, Result: "string[]", Go: "Split"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Options", Kind: Property, Result: "RegexOptions", Go: "Options"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "ToString", Kind: Method, Result: "string", Go: "ToString"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "IsMatch", Kind: Method, Static: true, Params: []string{"string", "string"}, Result: "bool", Go: "RegexIsMatch"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "IsMatch", Kind: Method, Static: true, Params: []string{"string", "string", "RegexOptions"}, Result: "bool", Go: "RegexIsMatchOptions"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Match", Kind: Method, Static: true, Params: []string{"string", "string"}, Result: "Match", Go: "RegexMatch"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Match", Kind: Method, Static: true, Params: []string{"string", "string", "RegexOptions"}, Result: "Match", Go: "RegexMatchOptions"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Matches", Kind: Method, Static: true, Params: []string{"string", "string"}, Result: "MatchCollection", Go: "RegexMatches"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Replace", Kind: Method, Static: true, Params: []string{"string", "string", "string"}, Result: "string", Go: "RegexReplace"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Replace", Kind: Method, Static: true, Params: []string{"string", "string", "MatchEvaluator"}, Result: "string", Go: "RegexReplaceEvaluator"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Split", Kind: Method, Static: true, Params: []string{"string", "string"}, Result: "string[]", Go: "RegexSplit"},
	{Type: "System.Text.RegularExpressions.Regex", Member: "Escape", Kind: Method, Static: true, Params: []string{"string"}, Result: "string", Go: "RegexEscape"},

	{Type: "System.Text.RegularExpressions.MatchEvaluator", Kind: Delegate, Params: []string{"Match"}, Result: "string"},

	{Type: "System.Text.RegularExpressions.Group", Kind: Class, Go: "Group"},
	{Type: "System.Text.RegularExpressions.Group", Member: "Success", Kind: Property, Result: "bool", Go: "Success"},
	{Type: "System.Text.RegularExpressions.Group", Member: "Value", Kind: Property, Result: "string", Go: "Value"},
	{Type: "System.Text.RegularExpressions.Group", Member: "Name", Kind: Property, Result: "string", Go: "Name"},
	{Type: "System.Text.RegularExpressions.Group", Member: "Index", Kind: Property, Result: "int", Go: "Index"},
	{Type: "System.Text.RegularExpressions.Group", Member: "Length", Kind: Property, Result: "int", Go: "Length"},
	{Type: "System.Text.RegularExpressions.Group", Member: "ToString", Kind: Method, Result: "string", Go: "ToString"},

	{Type: "System.Text.RegularExpressions.Match", Kind: Class, Go: "Match", Base: "Group"},
	{Type: "System.Text.RegularExpressions.Match", Member: "Groups", Kind: Property, Result: "GroupCollection", Go: "Groups"},
	{Type: "System.Text.RegularExpressions.Match", Member: "NextMatch", Kind: Method, Result: "Match", Go: "NextMatch"},

	{Type: "System.Text.RegularExpressions.GroupCollection", Kind: Class, Go: "GroupCollection"},
	{Type: "System.Text.RegularExpressions.GroupCollection", Member: "this", Kind: Indexer, Params: []string{"int"}, Result: "Group", Go: "GetIndex"},
	{Type: "System.Text.RegularExpressions.GroupCollection", Member: "this", Kind: Indexer, Params: []string{"string"}, Result: "Group", Go: "Get"},
	{Type: "System.Text.RegularExpressions.GroupCollection", Member: "Count", Kind: Property, Result: "int", Go: "Count"},

	{Type: "System.Text.RegularExpressions.MatchCollection", Kind: Class, Go: "MatchCollection", Base: "IEnumerable<Match>", Upcast: "All"},
	{Type: "System.Text.RegularExpressions.MatchCollection", Member: "this", Kind: Indexer, Params: []string{"int"}, Result: "Match", Go: "GetIndex"},
	{Type: "System.Text.RegularExpressions.MatchCollection", Member: "Count", Kind: Property, Result: "int", Go: "Count"},
}
