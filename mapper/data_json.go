// This file maps Newtonsoft.Json (Json.NET), the one NuGet package the
// HttpListener corpus uses widely (7 of 47 programs), onto
// runtime/newtonsoft/json. The entries follow data.go's conventions; Entries
// returns them after data.go's and data_bcl.go's.

package mapper

var jsonData = []Entry{
	{Type: "Newtonsoft.Json.JsonConvert", Kind: StaticClass},
	{Type: "Newtonsoft.Json.JsonConvert", Member: "SerializeObject", Kind: Method, Static: true, Params: []string{"object"}, Result: "string", Go: "JsonConvertSerializeObject",
		Note: "Json.NET 13's defaults: public fields, then public properties, own before base class; a null string is \"\" in the translation, so it serializes as \"\""},
	{Type: "Newtonsoft.Json.JsonConvert", Member: "SerializeObject", Kind: Method, Static: true, Params: []string{"object", "Formatting"}, Result: "string", Go: "JsonConvertSerializeObjectFormatting"},
	{Type: "Newtonsoft.Json.JsonConvert", Member: "DeserializeObject", Kind: Method, Static: true, TypeParams: []string{"T"}, Params: []string{"string"}, Result: "T", Go: "JsonConvertDeserializeObject",
		Note: "DeserializeObject<T>: Go JsonConvertDeserializeObject[T](s); object members get Dictionary<string, object> / List<object> where Json.NET gives JObject / JArray"},
	{Type: "Newtonsoft.Json.Formatting", Kind: Enum, Go: "Formatting"},
	{Type: "Newtonsoft.Json.Formatting", Member: "None", Kind: EnumMember, Go: "FormattingNone"},
	{Type: "Newtonsoft.Json.Formatting", Member: "Indented", Kind: EnumMember, Go: "FormattingIndented"},
	{Type: "Newtonsoft.Json.JsonException", Kind: Class, Go: "JsonException"},
	{Type: "Newtonsoft.Json.JsonException", Kind: Ctor, Go: "NewJsonException", Params: []string{"string"}},
	{Type: "Newtonsoft.Json.JsonReaderException", Kind: Class, Go: "JsonReaderException"},
	{Type: "Newtonsoft.Json.JsonReaderException", Kind: Ctor, Go: "NewJsonReaderException", Params: []string{"string"}},
	{Type: "Newtonsoft.Json.JsonReaderException", Member: "LineNumber", Kind: Property, Result: "int", Go: "LineNumber"},
	{Type: "Newtonsoft.Json.JsonReaderException", Member: "LinePosition", Kind: Property, Result: "int", Go: "LinePosition"},
	{Type: "Newtonsoft.Json.JsonReaderException", Member: "Path", Kind: Property, Result: "string", Go: "Path"},
	{Type: "Newtonsoft.Json.JsonSerializationException", Kind: Class, Go: "JsonSerializationException"},
	{Type: "Newtonsoft.Json.JsonSerializationException", Kind: Ctor, Go: "NewJsonSerializationException", Params: []string{"string"}},
	{Type: "Newtonsoft.Json.JsonSerializationException", Member: "LineNumber", Kind: Property, Result: "int", Go: "LineNumber"},
	{Type: "Newtonsoft.Json.JsonSerializationException", Member: "LinePosition", Kind: Property, Result: "int", Go: "LinePosition"},
	{Type: "Newtonsoft.Json.JsonSerializationException", Member: "Path", Kind: Property, Result: "string", Go: "Path"},
}
