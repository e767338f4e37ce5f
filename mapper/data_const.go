// This file holds the mapping table's C# constants: the const fields of
// the numeric types and Math, which take part in constant folding
// (constant.go) like the program's own constants, so that
// unchecked(int.MaxValue + 1) and 1 / double.Epsilon fold as C# folds them.

package mapper

var constData = []Entry{
	// Keyword types that have no other members in the table.
	{Type: "System.SByte", Kind: Value, Go: "int8"},
	{Type: "System.UInt16", Kind: Value, Go: "uint16"},
	{Type: "System.Single", Kind: Value, Go: "float32"},
	{Type: "System.Decimal", Kind: Value, Go: "float64", Note: "decimal is float64 (a documented difference); constants fold exactly"},

	{Type: "System.SByte", Member: "MinValue", Kind: Constant, Result: "sbyte", Value: "-128"},
	{Type: "System.SByte", Member: "MaxValue", Kind: Constant, Result: "sbyte", Value: "127"},
	{Type: "System.Byte", Member: "MinValue", Kind: Constant, Result: "byte", Value: "0"},
	{Type: "System.Byte", Member: "MaxValue", Kind: Constant, Result: "byte", Value: "255"},
	{Type: "System.Int16", Member: "MinValue", Kind: Constant, Result: "short", Value: "-32768"},
	{Type: "System.Int16", Member: "MaxValue", Kind: Constant, Result: "short", Value: "32767"},
	{Type: "System.UInt16", Member: "MinValue", Kind: Constant, Result: "ushort", Value: "0"},
	{Type: "System.UInt16", Member: "MaxValue", Kind: Constant, Result: "ushort", Value: "65535"},
	{Type: "System.Int32", Member: "MinValue", Kind: Constant, Result: "int", Value: "-2147483648"},
	{Type: "System.Int32", Member: "MaxValue", Kind: Constant, Result: "int", Value: "2147483647"},
	{Type: "System.UInt32", Member: "MinValue", Kind: Constant, Result: "uint", Value: "0"},
	{Type: "System.UInt32", Member: "MaxValue", Kind: Constant, Result: "uint", Value: "4294967295"},
	{Type: "System.Int64", Member: "MinValue", Kind: Constant, Result: "long", Value: "-9223372036854775808"},
	{Type: "System.Int64", Member: "MaxValue", Kind: Constant, Result: "long", Value: "9223372036854775807"},
	{Type: "System.UInt64", Member: "MinValue", Kind: Constant, Result: "ulong", Value: "0"},
	{Type: "System.UInt64", Member: "MaxValue", Kind: Constant, Result: "ulong", Value: "18446744073709551615"},
	{Type: "System.Char", Member: "MinValue", Kind: Constant, Result: "char", Value: "0"},
	{Type: "System.Char", Member: "MaxValue", Kind: Constant, Result: "char", Value: "65535"},

	{Type: "System.Double", Member: "MinValue", Kind: Constant, Result: "double", Value: "-1.7976931348623157E+308"},
	{Type: "System.Double", Member: "MaxValue", Kind: Constant, Result: "double", Value: "1.7976931348623157E+308"},
	{Type: "System.Double", Member: "Epsilon", Kind: Constant, Result: "double", Value: "4.94065645841247E-324"},
	{Type: "System.Double", Member: "NaN", Kind: Constant, Result: "double", Value: "NaN"},
	{Type: "System.Double", Member: "PositiveInfinity", Kind: Constant, Result: "double", Value: "Infinity"},
	{Type: "System.Double", Member: "NegativeInfinity", Kind: Constant, Result: "double", Value: "-Infinity"},
	{Type: "System.Single", Member: "MinValue", Kind: Constant, Result: "float", Value: "-3.40282347E+38"},
	{Type: "System.Single", Member: "MaxValue", Kind: Constant, Result: "float", Value: "3.40282347E+38"},
	{Type: "System.Single", Member: "Epsilon", Kind: Constant, Result: "float", Value: "1.401298E-45"},
	{Type: "System.Single", Member: "NaN", Kind: Constant, Result: "float", Value: "NaN"},
	{Type: "System.Single", Member: "PositiveInfinity", Kind: Constant, Result: "float", Value: "Infinity"},
	{Type: "System.Single", Member: "NegativeInfinity", Kind: Constant, Result: "float", Value: "-Infinity"},
	{Type: "System.Decimal", Member: "MinValue", Kind: Constant, Result: "decimal", Value: "-79228162514264337593543950335"},
	{Type: "System.Decimal", Member: "MaxValue", Kind: Constant, Result: "decimal", Value: "79228162514264337593543950335"},
	{Type: "System.Decimal", Member: "Zero", Kind: Constant, Result: "decimal", Value: "0"},
	{Type: "System.Decimal", Member: "One", Kind: Constant, Result: "decimal", Value: "1"},
	{Type: "System.Decimal", Member: "MinusOne", Kind: Constant, Result: "decimal", Value: "-1"},

	{Type: "System.Math", Member: "PI", Kind: Constant, Result: "double", Value: "3.14159265358979323846"},
	{Type: "System.Math", Member: "E", Kind: Constant, Result: "double", Value: "2.7182818284590452354"},
	{Type: "System.Math", Member: "Tau", Kind: Constant, Result: "double", Value: "6.283185307179586476925"},
}
