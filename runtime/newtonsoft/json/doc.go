// Package json is the Newtonsoft.Json (Json.NET) namespace for translated
// programs: JsonConvert.SerializeObject and DeserializeObject<T> with
// Json.NET 13's default settings, and its exception classes.
//
// Program classes are Go structs. In a program that uses Newtonsoft.Json
// the translator tags them (see docs/DESIGN.md, "JSON"):
//
//	Count int32    `json:"count"`                      // public field
//	Name  string   `json:"Name" cs2go:"property"`      // public auto-property
//	_     struct{} `cs2go:"Full,get=Full,set=SetFull"` // public property with bodies
//
// The tag carries the C# name (Go capitalizes a public field `count`), or
// the name a [JsonProperty("name")] attribute gives; the blank field of a
// property with bodies names its getter and setter methods; "readonly"
// marks members deserialization does not assign (readonly fields,
// auto-properties without a public setter). Generated code imports the
// package as newtonsoftjson, leaving the name json to C# locals. Only tagged members are serialized, as Json.NET serializes only
// public members: a private C# field can have an exported Go name.
// Embedded structs are base classes. Member order is Json.NET's: the fields
// first (the class's own, then its base classes'), then the properties in
// the same order, as .NET reflection lists them (checked against Json.NET
// under Mono; base-class members come last, not first).
//
// Where the translation's value model differs, so does the JSON: a null
// string is "" in Go, so it serializes as "" rather than null; decimal is
// float64, so it loses its scale (1.50m is written 1.5, where Json.NET
// writes 1.50) and rounds as a double. DeserializeObject<object> gives
// a *generic.Dictionary[string, any] for a JSON object and a
// *generic.List[any] for an array where Json.NET gives JObject and JArray.
package json
