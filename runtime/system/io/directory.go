// System.IO.Directory and a minimal DirectoryInfo: existence checks,
// creation, listing with .NET's '*'/'?' search patterns, the current directory.

package io

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// SearchOption is System.IO.SearchOption.
type SearchOption int32

// SearchOption members.
const (
	// SearchOptionTopDirectoryOnly is SearchOption.TopDirectoryOnly.
	SearchOptionTopDirectoryOnly SearchOption = 0
	// SearchOptionAllDirectories is SearchOption.AllDirectories.
	SearchOptionAllDirectories SearchOption = 1
)

// DirectoryInfo is System.IO.DirectoryInfo, with the members
// Directory.CreateDirectory's callers use.
type DirectoryInfo struct{ fullName string }

// NewDirectoryInfo is `new DirectoryInfo(path)`.
func NewDirectoryInfo(path string) *DirectoryInfo {
	checkPathArg(path, "path")
	return &DirectoryInfo{fullName: PathGetFullPath(path)}
}

// FullName is DirectoryInfo.FullName.
func (d *DirectoryInfo) FullName() string { return d.fullName }

// Name is DirectoryInfo.Name: the last path component.
func (d *DirectoryInfo) Name() string {
	p := strings.TrimSuffix(d.fullName, "/")
	if p == "" {
		return "/"
	}
	return PathGetFileName(p)
}

// Exists is DirectoryInfo.Exists.
func (d *DirectoryInfo) Exists() bool { return DirectoryExists(d.fullName) }

// ToString is DirectoryInfo.ToString(): the path.
func (d *DirectoryInfo) ToString() string { return d.fullName }

// DirectoryExists is Directory.Exists(path): false for "" and files.
func DirectoryExists(path string) bool {
	if path == "" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// DirectoryCreateDirectory is Directory.CreateDirectory(path): it creates
// every missing directory on the path; an existing one is no error.
func DirectoryCreateDirectory(path string) *DirectoryInfo {
	checkPathArg(path, "path")
	full := PathGetFullPath(path)
	if err := os.MkdirAll(full, 0o777); err != nil {
		if FileExists(strings.TrimSuffix(full, "/")) {
			panic(NewIOExceptionHResult("The file '"+strings.TrimSuffix(full, "/")+"' already exists.", 17))
		}
		panic(fileError(err, full, true))
	}
	return &DirectoryInfo{fullName: full}
}

// DirectoryDelete is Directory.Delete(path): the directory must be empty.
func DirectoryDelete(path string) { DirectoryDeleteRecursive(path, false) }

// DirectoryDeleteRecursive is Directory.Delete(path, recursive).
func DirectoryDeleteRecursive(path string, recursive bool) {
	checkPathArg(path, "path")
	full := PathGetFullPath(path)
	if !DirectoryExists(full) {
		panic(NewDirectoryNotFoundException("Could not find a part of the path '" + full + "'."))
	}
	var err error
	if recursive {
		err = os.RemoveAll(full)
	} else {
		err = os.Remove(full)
	}
	if err != nil {
		if entries, _ := os.ReadDir(full); len(entries) > 0 {
			panic(NewIOExceptionHResult("Directory not empty : '"+full+"'", 39))
		}
		panic(fileError(err, full, true))
	}
}

// DirectoryGetCurrentDirectory is Directory.GetCurrentDirectory().
func DirectoryGetCurrentDirectory() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(NewIOException(err.Error()))
	}
	return wd
}

// DirectorySetCurrentDirectory is Directory.SetCurrentDirectory(path).
func DirectorySetCurrentDirectory(path string) {
	checkPathArg(path, "path")
	full := PathGetFullPath(path)
	if err := os.Chdir(full); err != nil {
		panic(fileError(err, full, true))
	}
}

// DirectoryGetFiles is Directory.GetFiles(path) and, with a pattern,
// Directory.GetFiles(path, searchPattern): the files' paths as path + '/'
// + name. .NET on Unix lists in directory order, which is unspecified;
// here the names are sorted.
func DirectoryGetFiles(path string, searchPattern ...string) []string {
	return list(path, pattern(searchPattern), SearchOptionTopDirectoryOnly, false)
}

// DirectoryGetFilesOption is Directory.GetFiles(path, searchPattern, searchOption).
func DirectoryGetFilesOption(path, searchPattern string, searchOption SearchOption) []string {
	return list(path, searchPattern, searchOption, false)
}

// DirectoryGetDirectories is Directory.GetDirectories(path[, searchPattern]).
func DirectoryGetDirectories(path string, searchPattern ...string) []string {
	return list(path, pattern(searchPattern), SearchOptionTopDirectoryOnly, true)
}

// DirectoryGetDirectoriesOption is Directory.GetDirectories(path, searchPattern, searchOption).
func DirectoryGetDirectoriesOption(path, searchPattern string, searchOption SearchOption) []string {
	return list(path, searchPattern, searchOption, true)
}

// DirectoryEnumerateFiles is Directory.EnumerateFiles(path[, searchPattern]), eagerly.
func DirectoryEnumerateFiles(path string, searchPattern ...string) []string {
	return DirectoryGetFiles(path, searchPattern...)
}

// DirectoryEnumerateDirectories is Directory.EnumerateDirectories(path[, searchPattern]), eagerly.
func DirectoryEnumerateDirectories(path string, searchPattern ...string) []string {
	return DirectoryGetDirectories(path, searchPattern...)
}

func pattern(p []string) string {
	if len(p) == 0 {
		return "*"
	}
	return p[0]
}

func list(path, searchPattern string, option SearchOption, dirs bool) []string {
	checkPathArg(path, "path")
	if option != SearchOptionTopDirectoryOnly && option != SearchOptionAllDirectories {
		panic(system.NewArgumentOutOfRangeExceptionMessage("searchOption", "Enum value was out of legal range."))
	}
	full := PathGetFullPath(path)
	if !DirectoryExists(full) {
		if FileExists(full) {
			panic(NewIOExceptionHResult("Not a directory : '"+full+"'", 20))
		}
		panic(NewDirectoryNotFoundException("Could not find a part of the path '" + full + "'."))
	}
	var out []string
	var walk func(dir, shown string)
	walk = func(dir, shown string) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			panic(fileError(err, dir, true))
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(filepath.Join(dir, e.Name())); err == nil {
					isDir = st.IsDir()
				}
			}
			p := PathCombine(shown, e.Name())
			if isDir == dirs && matchPattern(searchPattern, e.Name()) {
				out = append(out, p)
			}
			if isDir && option == SearchOptionAllDirectories {
				walk(filepath.Join(dir, e.Name()), p)
			}
		}
	}
	walk(full, path)
	if out == nil {
		out = []string{}
	}
	return out
}

// matchPattern is .NET's Win32-style search pattern match, case-sensitive
// on Unix: '*' any run, '?' one character; "*.*" and "*" match everything.
func matchPattern(pattern, name string) bool {
	if pattern == "*" || pattern == "*.*" || pattern == "" {
		return true
	}
	ok, err := filepath.Match(escapeBrackets(pattern), name)
	return err == nil && ok
}

// escapeBrackets makes '[', ']' and '\\' literal for filepath.Match, since
// .NET patterns know only '*' and '?'.
func escapeBrackets(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)
	return r.Replace(p)
}
