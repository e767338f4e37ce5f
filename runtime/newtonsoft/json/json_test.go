// Tests of JsonConvert against Json.NET 13's behaviour, on structs shaped
// and tagged as the translator emits program classes.

package json

import (
	"math"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/generic"
)

// Base and Derived are what cs2go emits for
//
//	class Base { public int BaseProp { get; set; } public string baseField = "b"; }
//	class Derived : Base { public string Name { get; set; } public int count = 3;
//	    public string Full { get { return "x" + Name; } } public double D { get; set; } }
type Base struct {
	BaseProp  int32  `json:"BaseProp" cs2go:"property"`
	BaseField string `json:"baseField"`
	hidden    int32
}

type Derived struct {
	Base
	Name  string   `json:"Name" cs2go:"property"`
	Count int32    `json:"count"`
	_     struct{} `cs2go:"Full,get=Full"`
	D     float64  `json:"D" cs2go:"property"`
	// Private is a private C# field with an exported Go name: untagged.
	Private int32
}

func (d *Derived) Full() string { return "x" + d.Name }

func NewDerived() *Derived {
	d := &Derived{Count: 3}
	d.BaseField = "b"
	return d
}

func init() { RegisterClass("Demo.Derived", NewDerived) }

type Node struct {
	Value int32                               `json:"Value"`
	Next  *Node                               `json:"Next"`
	Tags  *generic.List[string]               `json:"Tags"`
	Map   *generic.Dictionary[string, int32]  `json:"Map"`
	Any   any                                 `json:"Any"`
	C     system.Char                         `json:"C"`
	B     []byte                              `json:"B"`
	F     float32                             `json:"F"`
	Arr   []int32                             `json:"Arr"`
	Keyed *generic.Dictionary[int32, string]  `json:"Keyed"`
	T     system.DateTime                     `json:"T"`
	Inner *generic.List[*generic.List[int32]] `json:"Inner"`
}

func TestSerializeOrderAndTags(t *testing.T) {
	d := NewDerived()
	d.Name, d.BaseProp, d.D = "n", 1, 1.5
	got := JsonConvertSerializeObject(d)
	want := `{"count":3,"baseField":"b","Name":"n","Full":"xn","D":1.5,"BaseProp":1}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	got = JsonConvertSerializeObjectFormatting(d, FormattingIndented)
	want = "{\n  \"count\": 3,\n  \"baseField\": \"b\",\n  \"Name\": \"n\",\n  \"Full\": \"xn\",\n  \"D\": 1.5,\n  \"BaseProp\": 1\n}"
	if got != want {
		t.Errorf("indented: got\n%s\nwant\n%s", got, want)
	}
}

func TestSerializeValues(t *testing.T) {
	n := &Node{Value: 1, C: 'a', B: []byte{1, 2, 3}, F: 0.1, Tags: generic.NewList[string](), Map: generic.NewDictionary[string, int32](),
		Keyed: generic.NewDictionary[int32, string](), T: system.NewDateTimeKind(2024, 1, 2, 3, 4, 5, system.DateTimeKindUtc)}
	n.Tags.Add("x")
	n.Map.Set("k", 2)
	n.Keyed.Set(1, "a")
	got := JsonConvertSerializeObject(n)
	want := `{"Value":1,"Next":null,"Tags":["x"],"Map":{"k":2},"Any":null,"C":"a","B":"AQID","F":0.1,"Arr":null,"Keyed":{"1":"a"},"T":"2024-01-02T03:04:05Z","Inner":null}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	cases := []struct {
		v    any
		want string
	}{
		{nil, "null"},
		{"s", `"s"`},
		{"a\"b\\c\n\r\t\b\f\x01\x1f\x7f<>&'é\u0085\u2028\u2029😀", `"a\"b\\c\n\r\t\b\f\u0001\u001f` + "\x7f" + `<>&'é\u0085\u2028\u2029😀"`},
		{1.0, "1.0"}, {0.1, "0.1"}, {1e300, "1E+300"}, {1e15, "1E+15"}, {1e16, "1E+16"}, {1e-5, "1E-05"},
		{123456789012345680000.0, "1.2345678901234568E+20"}, {math.Copysign(0, -1), "-0.0"}, {1.0 / 3, "0.3333333333333333"},
		{100.0, "100.0"}, {5e-324, "5E-324"},
		{math.NaN(), `"NaN"`}, {math.Inf(1), `"Infinity"`}, {math.Inf(-1), `"-Infinity"`},
		{int64(1) << 60, "1152921504606846976"}, {true, "true"},
		{[]int32{}, "[]"},
		{system.NewDateTimeHMS(2024, 1, 2, 3, 4, 5), `"2024-01-02T03:04:05"`},
		{system.NewDateTimeMilliseconds(2024, 1, 2, 3, 4, 5, 120, system.DateTimeKindUnspecified), `"2024-01-02T03:04:05.12"`},
		{system.TimeSpanFromSeconds(90), `"00:01:30"`},
		{system.Guid{}, `"00000000-0000-0000-0000-000000000000"`},
	}
	for _, c := range cases {
		if got := JsonConvertSerializeObject(c.v); got != c.want {
			t.Errorf("SerializeObject(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
	inner := generic.NewList[*generic.List[int32]]()
	inner.Add(generic.NewList[int32]())
	one := generic.NewList[int32]()
	one.Add(1)
	inner.Add(one)
	if got, want := JsonConvertSerializeObjectFormatting(inner, FormattingIndented), "[\n  [],\n  [\n    1\n  ]\n]"; got != want {
		t.Errorf("indented nested lists: got\n%s\nwant\n%s", got, want)
	}
}

func TestSerializeLoop(t *testing.T) {
	n := &Node{Value: 1}
	n.Next = n
	e := catch(func() { JsonConvertSerializeObject(n) })
	want := "Self referencing loop detected for property 'Next' with type 'Node'. Path ''."
	if e == nil || e.Message() != want || e.GetType() != JsonSerializationExceptionType {
		t.Errorf("got %v, want JsonSerializationException %q", e, want)
	}
}

// catch runs f and returns the .NET exception it throws, or nil.
func catch(f func()) (e system.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e = r.(system.Exception)
		}
	}()
	f()
	return nil
}

func TestDeserialize(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"a":1,}`, `{"count":3,"baseField":"b","Name":"","Full":"x","D":0.0,"BaseProp":0}`},
		{`{a:1}`, `{"count":3,"baseField":"b","Name":"","Full":"x","D":0.0,"BaseProp":0}`},
		{"", "null"},
		{"  ", "null"},
		{`{"count":"12"}`, `{"count":12,"baseField":"b","Name":"","Full":"x","D":0.0,"BaseProp":0}`},
		{`{"Name":12}`, `{"count":3,"baseField":"b","Name":"12","Full":"x12","D":0.0,"BaseProp":0}`},
		{`{"name":"lower","BASEPROP":7,"unknown":[1,{}], /* c */ "d": 2.5e0}`, `{"count":3,"baseField":"b","Name":"lower","Full":"xlower","D":2.5,"BaseProp":7}`},
		{`{"x": "y"} // trailing comment`, `{"count":3,"baseField":"b","Name":"","Full":"x","D":0.0,"BaseProp":0}`},
	}
	for _, c := range cases {
		got := JsonConvertSerializeObject(JsonConvertDeserializeObject[*Derived](c.in))
		if got != c.want {
			t.Errorf("DeserializeObject<Derived>(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	n := JsonConvertDeserializeObject[*Node](`{"Value":5,"Next":{"Value":6,"Tags":["a","b"]},"Map":{"x":1,"y":2},"Any":{"k":[1,2.5,"s",true,null]},"C":"z","B":"AQID","Arr":[3,4],"Keyed":{"7":"seven"},"T":"2024-01-02T03:04:05Z"}`)
	got := JsonConvertSerializeObject(n)
	want := `{"Value":5,"Next":{"Value":6,"Next":null,"Tags":["a","b"],"Map":null,"Any":null,"C":"\u0000","B":null,"F":0.0,"Arr":null,"Keyed":null,"T":"0001-01-01T00:00:00","Inner":null},"Tags":null,"Map":{"x":1,"y":2},"Any":{"k":[1,2.5,"s",true,null]},"C":"z","B":"AQID","F":0.0,"Arr":[3,4],"Keyed":{"7":"seven"},"T":"2024-01-02T03:04:05Z","Inner":null}`
	if got != want {
		t.Errorf("round trip: got  %s\nwant %s", got, want)
	}
	if l := JsonConvertDeserializeObject[[]int32]("[1, 2,3]"); len(l) != 3 || l[2] != 3 {
		t.Errorf("int[]: %v", l)
	}
	if s := JsonConvertDeserializeObject[string](`"a\u00e9\ud83d\ude00"`); s != "aé😀" {
		t.Errorf("string escapes: %q", s)
	}
}

func TestDeserializeErrors(t *testing.T) {
	reader, binding := JsonReaderExceptionType, JsonSerializationExceptionType
	arrayMsg := "Cannot deserialize the current JSON array (e.g. [1,2,3]) into type 'Demo.Derived' because the type requires a JSON object (e.g. {\"name\":\"value\"}) to deserialize correctly.\n" +
		"To fix this error either change the JSON to a JSON object (e.g. {\"name\":\"value\"}) or change the deserialized type to an array or a type that implements a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.\n" +
		"Path '', line 1, position 1."
	cases := []struct {
		in   string
		typ  *system.Type
		want string
	}{
		{"x", reader, "Unexpected character encountered while parsing value: x. Path '', line 1, position 1."},
		{`{"Name":"n" "x":1}`, reader, "After parsing a value an unexpected character was encountered: \". Path 'Name', line 1, position 12."},
		{`{"Name":`, binding, "Unexpected end when setting Name's value. Path 'Name', line 1, position 8."},
		{`[1,2`, binding, arrayMsg},
		{`[1]`, binding, arrayMsg},
		{`{"Name":"abc`, reader, "Unterminated string. Expected delimiter: \". Path 'Name', line 1, position 12."},
		{`{"count":1.5}`, reader, "Input string '1.5' is not a valid integer. Path 'count', line 1, position 12."},
		{`{"count":null}`, binding, "Error converting value {null} to type 'System.Int32'. Path 'count', line 1, position 13."},
		{`{} x`, reader, "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 3."},
		{`{"count":99999999999}`, reader, "JSON integer 99999999999 is too large or small for an Int32. Path 'count', line 1, position 20."},
		{"\n\n  {\"Name\": @}", reader, "Unexpected character encountered while parsing value: @. Path 'Name', line 3, position 12."},
		// Json.NET 6 with MaxDepth = 64 (13's default) prints the same.
		{`{"Any":` + strings.Repeat("[", 64), reader, "The reader's MaxDepth of 64 has been exceeded. Path 'Any" + strings.Repeat("[0]", 63) + "', line 1, position 71."},
	}
	for _, c := range cases {
		e := catch(func() {
			JsonConvertDeserializeObject[*Derived](c.in)
			JsonConvertDeserializeObject[*Node](c.in)
		})
		if e == nil {
			t.Errorf("%q: no exception, want %s", c.in, c.want)
			continue
		}
		if e.GetType() != c.typ || e.Message() != c.want {
			t.Errorf("%q:\n got  %s: %s\n want %s: %s", c.in, e.GetType(), e.Message(), c.typ, c.want)
		}
	}
}

// TestNeverPanicsOutsideExceptionModel feeds truncations of a document:
// every failure must be a .NET exception, never a Go runtime panic.
func TestNeverPanicsOutsideExceptionModel(t *testing.T) {
	doc := `{"Value":5,"Next":{"Value":6,"Tags":["a","b\u0041"]},"Map":{"x":1},"Any":{"k":[1,2.5,'s',true,null,NaN,-Infinity]},"C":"z","B":"AQID","Arr":[3,4],"T":"2024-01-02T03:04:05Z"}`
	for i := 0; i <= len(doc); i++ {
		for _, s := range []string{doc[:i], doc[:i] + "}", strings.Repeat("[", i)} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						if _, ok := r.(system.Exception); !ok {
							t.Errorf("%q: Go panic %v", s, r)
						}
					}
				}()
				JsonConvertDeserializeObject[*Node](s)
				JsonConvertDeserializeObject[any](s)
			}()
		}
	}
}

// Settings is what cs2go emits for a class with an initialized list, a
// readonly field and an auto-property with a private setter.
type Settings struct {
	Names   *generic.List[string] `json:"Names"`
	Kind    string                `json:"Kind" cs2go:"readonly"`
	Owner   *Base                 `json:"Owner" cs2go:"readonly"`
	Version int32                 `json:"Version" cs2go:"property,readonly"`
}

func TestDeserializeFillsExisting(t *testing.T) {
	RegisterClass("Demo.Settings", func() *Settings {
		s := &Settings{Names: generic.NewList[string](), Kind: "settings", Owner: &Base{BaseProp: 1}, Version: 1}
		s.Names.Add("default")
		return s
	})
	s := JsonConvertDeserializeObject[*Settings](`{"Names":["extra"],"Kind":"other","Owner":{"baseField":"me"},"Version":9}`)
	got := JsonConvertSerializeObject(s)
	want := `{"Names":["default","extra"],"Kind":"settings","Owner":{"baseField":"me","BaseProp":1},"Version":1}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// FuzzDeserialize checks that any text either deserializes or throws a
// .NET exception, and that what deserializes serializes again.
func FuzzDeserialize(f *testing.F) {
	for _, s := range []string{`{"Value":1,"Next":{"Tags":["a"]},"Map":{"x":1},"Any":[1,"s",{"k":null}]}`, `[1,2]`, `"\ud800"`, `{'a':/*c*/1,}`, "{\"C\":\"\\u0000\"}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(system.Exception); !ok {
					t.Fatalf("%q: Go panic %v", s, r)
				}
			}
		}()
		n := JsonConvertDeserializeObject[*Node](s)
		JsonConvertSerializeObject(n)
		JsonConvertSerializeObject(JsonConvertDeserializeObject[any](s))
	})
}

// Thrower's getter throws, as `public string Full { get { throw ...; } }`.
type Thrower struct {
	A int32    `json:"A"`
	_ struct{} `cs2go:"Full,get=Full,set=SetFull"`
}

func (*Thrower) Full() string { panic(system.NewInvalidOperationException("boom")) }

func (*Thrower) SetFull(string) { panic(system.NewArgumentException("bad")) }

func TestGetterException(t *testing.T) {
	RegisterClass[*Thrower]("N.D", nil)
	e := catch(func() { JsonConvertSerializeObject(&Thrower{A: 1}) })
	// Json.NET 6 under Mono prints the same message and inner exception.
	if e == nil || e.Message() != "Error getting value from 'Full' on 'N.D'." || e.InnerException() == nil || e.InnerException().Message() != "boom" {
		t.Errorf("got %v", e)
	}
	// The getter is not called while reading a string value, so the setter
	// runs and its exception is wrapped (also as under Mono).
	e = catch(func() { JsonConvertDeserializeObject[*Thrower]("{\"A\":2,\n \"Full\": \"x\"}") })
	if e == nil || e.Message() != "Error setting value to 'Full' on 'N.D'." || e.InnerException() == nil || e.InnerException().Message() != "bad" {
		t.Errorf("got %v", e)
	}
}
