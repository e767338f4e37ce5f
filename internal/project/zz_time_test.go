package project
import ("os";"testing";"time";"fmt";"sort"
"github.com/cs2go/cs2go/gen";"github.com/cs2go/cs2go/mapper";"github.com/cs2go/cs2go/parser";"github.com/cs2go/cs2go/parser/ast")
func TestZZTime(t *testing.T){ src,_:=os.ReadFile("/tmp/tp/rep100.cs")
 var d [6][]time.Duration
 for i:=0;i<15;i++{
 t0:=time.Now(); cu,_:=parser.Parse("P.cs",src)
 t1:=time.Now(); m,_:=Merge([]*ast.CompilationUnit{cu}); EntryPoint(m)
 t2:=time.Now(); tb,_:=mapper.DefaultTable(); MissingTypes(m,tb)
 t3:=time.Now(); f,_:=mapper.Map(m)
 t4:=time.Now(); gen.Generate(f,gen.Options{})
 t5:=time.Now()
 for k,x:=range []time.Duration{t1.Sub(t0),t2.Sub(t1),t3.Sub(t2),t4.Sub(t3),t5.Sub(t4),t5.Sub(t0)}{d[k]=append(d[k],x)}
 }
 for k,n:=range []string{"parse","merge+entry","missing","map","gen","total"}{ sort.Slice(d[k],func(i,j int)bool{return d[k][i]<d[k][j]}); fmt.Printf("%s %v  ",n,d[k][7].Round(100*time.Microsecond))}
 fmt.Println()
}
