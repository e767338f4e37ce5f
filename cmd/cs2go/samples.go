// This file implements `cs2go samples` (list the bundled sample programs)
// and `cs2go new DIR [--from SAMPLE]` (start a project from one).

package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/samples"
)

// helloProgram is what `cs2go new` starts from without --from.
const helloProgram = `// A minimal HttpListener server: answers every request with a greeting.
// Run it with: cs2go run Program.cs 8080
using System;
using System.Net;
using System.Text;

class Program
{
    static void Main(string[] args)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add("http://localhost:" + args[0] + "/");
        listener.Start();
        Console.WriteLine("Listening on port {0}", args[0]);
        while (true)
        {
            var context = listener.GetContext();
            var body = Encoding.UTF8.GetBytes("Hello from cs2go!\n");
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength64 = body.Length;
            context.Response.OutputStream.Write(body, 0, body.Length);
            context.Response.Close();
        }
    }
}
`

// listSamples prints the bundled samples, one per line: name and description.
func listSamples(stdout io.Writer) int {
	for _, s := range samples.List() {
		fmt.Fprintf(stdout, "%-14s %s\n", s.Name, s.Description)
	}
	return exitOK
}

// newProject writes the C# program (a sample's files, or a greeting
// server) into dir, and its Go translation as a module next to it.
func newProject(dir, from string, force bool, stderr io.Writer) int {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 && !force {
		fmt.Fprintf(stderr, "cs2go: %s is not empty (use --force to write into it)\n", dir)
		return exitUsage
	}
	program := []byte(helloProgram)
	if from != "" {
		s, ok := samples.Lookup(from)
		if !ok {
			fmt.Fprintf(stderr, "cs2go: no sample named %q (cs2go samples lists them)\n", from)
			return exitUsage
		}
		program = s.Program()
		// Data files the sample serves (www/ and the like) come along.
		err := fs.WalkDir(s.FS(), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || p == "script.txtar" {
				return err
			}
			data, err := fs.ReadFile(s.FS(), p)
			if err != nil {
				return err
			}
			out := filepath.Join(dir, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			return os.WriteFile(out, data, 0o644)
		})
		if err != nil {
			fmt.Fprintf(stderr, "cs2go: %v\n", err)
			return exitUsage
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	if err := os.WriteFile(filepath.Join(dir, "Program.cs"), program, 0o644); err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	res := gen.Translate("Program.cs", program, gen.Options{})
	for _, d := range res.Diags {
		fmt.Fprintln(stderr, d)
	}
	if res.Go == nil {
		return exitInput
	}
	if err := writeModule(dir, res.Go, true); err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "cs2go: wrote %s: Program.cs and its Go translation (cd %s && go run . PORT)\n", dir, dir)
	return exitOK
}
