// This file finds the JSON members of a translated program class from its
// Go struct: tagged fields (C# public fields and auto-properties), blank
// tagged fields naming getter and setter methods (C# properties with
// bodies), and embedded structs (base classes), in Json.NET's order.

package json

import (
	"reflect"
	"strings"
	"sync"
)

// member is one JSON property of a class.
type member struct {
	name string
	// index is the field's path through embedded base structs (fields and
	// auto-properties); nil for a property with accessor bodies.
	index []int
	// getter and setter name the methods of a property with bodies ("" if
	// it has none); they are methods of the pointer type.
	getter, setter string
	typ            reflect.Type
	// readOnly marks a member Json.NET does not assign: a readonly field,
	// an auto-property without a public setter. It still fills the list,
	// dictionary or object the member already holds.
	readOnly bool
}

// classMembers are the members of one struct type, in Json.NET's order.
type classMembers struct {
	list []*member
}

var membersCache sync.Map // reflect.Type (struct) -> *classMembers

// membersOf returns the JSON members of a struct type. Json.NET lists the
// public fields first and the public properties after them, each as .NET
// reflection returns them: the class's own before its base classes'.
// Fields tagged `cs2go:"property"` are auto-properties; "readonly" marks
// members Json.NET does not assign.
func membersOf(t reflect.Type) *classMembers {
	if c, ok := membersCache.Load(t); ok {
		return c.(*classMembers)
	}
	var fields, props []*member
	collectMembers(t, nil, &fields, &props)
	c := &classMembers{list: append(fields, props...)}
	membersCache.Store(t, c)
	return c
}

// collectMembers appends t's own members, then its embedded base's.
func collectMembers(t reflect.Type, prefix []int, fields, props *[]*member) {
	var base *reflect.StructField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, tagged := f.Tag.Lookup("json")
		extra := f.Tag.Get("cs2go")
		if f.Anonymous && !tagged {
			if f.Type.Kind() == reflect.Struct {
				fc := f
				base = &fc
			}
			continue
		}
		if f.Name == "_" && extra != "" {
			// cs2go:"Name,get=Getter,set=Setter" (go vet rejects a json
			// tag on a blank field).
			parts := strings.Split(extra, ",")
			m := &member{name: parts[0]}
			for _, part := range parts[1:] {
				switch {
				case strings.HasPrefix(part, "get="):
					m.getter = part[len("get="):]
				case strings.HasPrefix(part, "set="):
					m.setter = part[len("set="):]
				}
			}
			*props = append(*props, m)
			continue
		}
		if !tagged || name == "" || name == "-" || !f.IsExported() {
			continue
		}
		m := &member{name: name, index: append(append([]int(nil), prefix...), i), typ: f.Type}
		property := false
		for _, part := range strings.Split(extra, ",") {
			switch part {
			case "property":
				property = true
			case "readonly":
				m.readOnly = true
			}
		}
		if property {
			*props = append(*props, m)
		} else {
			*fields = append(*fields, m)
		}
	}
	if base != nil {
		collectMembers(base.Type, append(append([]int(nil), prefix...), base.Index...), fields, props)
	}
}

// find returns the member a JSON property name sets: an exact match first,
// then a case-insensitive one, as Json.NET's default contract resolver.
func (c *classMembers) find(name string) *member {
	for _, m := range c.list {
		if m.name == name {
			return m
		}
	}
	for _, m := range c.list {
		if strings.EqualFold(m.name, name) {
			return m
		}
	}
	return nil
}
