package project
import ("os";"testing";"time";"fmt";"sort"
"github.com/cs2go/cs2go/gen")
func TestZZTime(t *testing.T){ src,_:=os.ReadFile("/tmp/tp/rep100.cs")
 var d []time.Duration
 p := &Project{Name: "Bench", RootNamespace: "Bench", Files: []File{{Path: "Program.cs", Src: src}}}
 for i:=0;i<21;i++{
 t0:=time.Now(); Translate(p, gen.Options{}); d=append(d,time.Since(t0))
 }
 sort.Slice(d,func(i,j int)bool{return d[i]<d[j]}); fmt.Printf("translate median %v min %v\n",d[10].Round(100*time.Microsecond), d[0].Round(100*time.Microsecond))
}
