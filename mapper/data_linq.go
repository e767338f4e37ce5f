// This file continues the mapping table (data.go) with IEnumerable<T> and
// LINQ's Enumerable operators, the subset the corpus uses (Select, Where,
// Any, Skip, ToList, ToArray, Last; spec/csharp-corpus.md) and their
// common companions. They are Extension entries: xs.Where(f) is
// linq.Where(xs, f), with xs viewed as IEnumerable<T> (a Go iterator).

package mapper

var linqData = []Entry{
	{Type: "System.Collections.Generic.IEnumerable<T>", Kind: Value, Go: "IEnumerable", Note: "a Go iterator (iter.Seq): foreach ranges over it; arrays and collections convert to it"},

	{Type: "System.String", Member: "Join", Kind: Method, Static: true, TypeParams: []string{"T"}, Params: []string{"string", "IEnumerable<T>"}, Result: "string", Go: "StringJoinEnumerable", Pkg: "system/collections/generic"},
	{Type: "System.String", Member: "Join", Kind: Method, Static: true, TypeParams: []string{"T"}, Params: []string{"char", "IEnumerable<T>"}, Result: "string", Go: "StringJoinCharEnumerable", Pkg: "system/collections/generic"},

	{Type: "System.Linq.Enumerable", Kind: StaticClass},
	{Type: "System.Linq.Enumerable", Member: "Where", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "IEnumerable<TSource>", Go: "Where"},
	{Type: "System.Linq.Enumerable", Member: "Select", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource", "TResult"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, TResult>"}, Result: "IEnumerable<TResult>", Go: "Select"},
	{Type: "System.Linq.Enumerable", Member: "Any", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "bool", Go: "Any"},
	{Type: "System.Linq.Enumerable", Member: "Any", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "bool", Go: "AnyMatch"},
	{Type: "System.Linq.Enumerable", Member: "All", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "bool", Go: "All"},
	{Type: "System.Linq.Enumerable", Member: "Count", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "int", Go: "Count"},
	{Type: "System.Linq.Enumerable", Member: "Count", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "int", Go: "CountMatch"},
	{Type: "System.Linq.Enumerable", Member: "First", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "First"},
	{Type: "System.Linq.Enumerable", Member: "First", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "TSource", Go: "FirstMatch"},
	{Type: "System.Linq.Enumerable", Member: "FirstOrDefault", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "FirstOrDefault", Note: "default of a string is \"\" (cs2go strings are never null)"},
	{Type: "System.Linq.Enumerable", Member: "FirstOrDefault", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "TSource", Go: "FirstOrDefaultMatch"},
	{Type: "System.Linq.Enumerable", Member: "Last", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "Last"},
	{Type: "System.Linq.Enumerable", Member: "Last", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "TSource", Go: "LastMatch"},
	{Type: "System.Linq.Enumerable", Member: "LastOrDefault", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "LastOrDefault"},
	{Type: "System.Linq.Enumerable", Member: "LastOrDefault", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, bool>"}, Result: "TSource", Go: "LastOrDefaultMatch"},
	{Type: "System.Linq.Enumerable", Member: "Skip", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "int"}, Result: "IEnumerable<TSource>", Go: "Skip"},
	{Type: "System.Linq.Enumerable", Member: "Take", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "int"}, Result: "IEnumerable<TSource>", Go: "Take"},
	{Type: "System.Linq.Enumerable", Member: "Contains", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "TSource"}, Result: "bool", Go: "Contains"},
	{Type: "System.Linq.Enumerable", Member: "Distinct", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "IEnumerable<TSource>", Go: "Distinct"},
	{Type: "System.Linq.Enumerable", Member: "Reverse", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "IEnumerable<TSource>", Go: "Reverse"},
	{Type: "System.Linq.Enumerable", Member: "Concat", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "IEnumerable<TSource>"}, Result: "IEnumerable<TSource>", Go: "Concat"},
	{Type: "System.Linq.Enumerable", Member: "OrderBy", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource", "TKey"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, TKey>"}, Result: "IEnumerable<TSource>", Go: "OrderBy", Note: "IOrderedEnumerable is not modelled: ThenBy is not supported"},
	{Type: "System.Linq.Enumerable", Member: "OrderByDescending", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource", "TKey"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, TKey>"}, Result: "IEnumerable<TSource>", Go: "OrderByDescending"},
	{Type: "System.Linq.Enumerable", Member: "ToList", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "List<TSource>", Go: "ToList"},
	{Type: "System.Linq.Enumerable", Member: "ToArray", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource[]", Go: "ToArray"},
	{Type: "System.Linq.Enumerable", Member: "Sum", Kind: Method, Static: true, Extension: true, Params: []string{"IEnumerable<int>"}, Result: "int", Go: "SumInt32", Note: "checked: overflow throws OverflowException"},
	{Type: "System.Linq.Enumerable", Member: "Sum", Kind: Method, Static: true, Extension: true, Params: []string{"IEnumerable<long>"}, Result: "long", Go: "SumInt64"},
	{Type: "System.Linq.Enumerable", Member: "Sum", Kind: Method, Static: true, Extension: true, Params: []string{"IEnumerable<double>"}, Result: "double", Go: "SumFloat64"},
	{Type: "System.Linq.Enumerable", Member: "Sum", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, int>"}, Result: "int", Go: "SumSelectInt32"},
	{Type: "System.Linq.Enumerable", Member: "Sum", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>", "Func<TSource, double>"}, Result: "double", Go: "SumSelectFloat64"},
	{Type: "System.Linq.Enumerable", Member: "Max", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "Max"},
	{Type: "System.Linq.Enumerable", Member: "Min", Kind: Method, Static: true, Extension: true, TypeParams: []string{"TSource"}, Params: []string{"IEnumerable<TSource>"}, Result: "TSource", Go: "Min"},
}
