package samples
import ("testing";"os";"os/exec";"path/filepath";"errors";"strings")
func TestZZAllStarters(t *testing.T) {
	cs2go, err := cs2goBinary()
	if err != nil { t.Fatal(err) }
	for _, name := range strings.Fields(os.Getenv("S")) {
		s, _ := Lookup(name)
		t.Run(name, func(t *testing.T) {
			translate := func(n string, src []byte, dir string) error {
				file := filepath.Join(t.TempDir(), n)
				os.WriteFile(file, src, 0o644)
				out, err := exec.Command(cs2go, "-o", dir, file).CombinedOutput()
				if err != nil { return errors.New(string(out)) }
				return nil
			}
			dir := filepath.Join(t.TempDir(), name)
			if err := WriteStarter(dir, s, translate); err != nil { t.Fatal(err) }
			out, err := goInModule(dir, "test", "-count=1", ".")
			t.Logf("%v\n%s", err, limit(out, 1500))
		})
	}
}
