// System.IO.Path with .NET's Unix semantics: '/' separates, a path is
// rooted when it starts with '/', and nothing else is special.

package io

import (
	"crypto/rand"
	"os"
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// PathDirectorySeparatorChar is Path.DirectorySeparatorChar ('/' on Unix).
func PathDirectorySeparatorChar() system.Char { return '/' }

// PathAltDirectorySeparatorChar is Path.AltDirectorySeparatorChar ('/' on Unix).
func PathAltDirectorySeparatorChar() system.Char { return '/' }

// PathPathSeparator is Path.PathSeparator (':' on Unix).
func PathPathSeparator() system.Char { return ':' }

// PathVolumeSeparatorChar is Path.VolumeSeparatorChar ('/' on Unix).
func PathVolumeSeparatorChar() system.Char { return '/' }

// PathGetInvalidFileNameChars is Path.GetInvalidFileNameChars() on Unix.
func PathGetInvalidFileNameChars() []system.Char { return []system.Char{0, '/'} }

// PathGetInvalidPathChars is Path.GetInvalidPathChars() on Unix.
func PathGetInvalidPathChars() []system.Char { return []system.Char{0} }

// checkPathArg is the argument check File/FileStream/Directory methods
// make: "" is .NET 8's ArgumentException for an empty string (C#'s null
// string arrives here as "" too).
func checkPathArg(path, name string) {
	if path == "" {
		panic(system.NewArgumentExceptionParam("The value cannot be an empty string.", name))
	}
	if strings.IndexByte(path, 0) >= 0 {
		panic(system.NewArgumentExceptionParam("Null character in path.", name))
	}
}

// PathCombine is Path.Combine(paths...): a rooted part discards what came
// before it; a '/' is inserted between parts that lack one; empty parts
// are skipped.
func PathCombine(paths ...string) string {
	var sb strings.Builder
	for _, p := range paths {
		if p == "" {
			continue
		}
		if strings.HasPrefix(p, "/") {
			sb.Reset()
		} else if sb.Len() > 0 && !strings.HasSuffix(sb.String(), "/") {
			sb.WriteByte('/')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// PathJoin is Path.Join(paths...): like Combine, but a rooted part does
// not discard the parts before it.
func PathJoin(paths ...string) string {
	var sb strings.Builder
	for _, p := range paths {
		if p == "" {
			continue
		}
		if sb.Len() > 0 && !strings.HasSuffix(sb.String(), "/") && !strings.HasPrefix(p, "/") {
			sb.WriteByte('/')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// PathIsPathRooted is Path.IsPathRooted(path).
func PathIsPathRooted(path string) bool { return strings.HasPrefix(path, "/") }

// PathIsPathFullyQualified is Path.IsPathFullyQualified(path).
func PathIsPathFullyQualified(path string) bool { return strings.HasPrefix(path, "/") }

// PathGetFileName is Path.GetFileName(path): the part after the last '/'.
func PathGetFileName(path string) string {
	return path[strings.LastIndexByte(path, '/')+1:]
}

// PathGetFileNameWithoutExtension is Path.GetFileNameWithoutExtension(path).
func PathGetFileNameWithoutExtension(path string) string {
	name := PathGetFileName(path)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}

// PathGetExtension is Path.GetExtension(path): ".ext" including the dot;
// "" when the file name has no dot or ends with one.
func PathGetExtension(path string) string {
	name := PathGetFileName(path)
	i := strings.LastIndexByte(name, '.')
	if i < 0 || i == len(name)-1 {
		return ""
	}
	return name[i:]
}

// PathHasExtension is Path.HasExtension(path).
func PathHasExtension(path string) bool { return PathGetExtension(path) != "" }

// PathChangeExtension is Path.ChangeExtension(path, extension); an empty
// extension (C#'s null) removes it, keeping no dot.
func PathChangeExtension(path, extension string) string {
	if path == "" {
		return ""
	}
	base := path
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			break
		}
		if path[i] == '.' {
			base = path[:i]
			break
		}
	}
	if extension == "" {
		return base
	}
	if !strings.HasPrefix(extension, ".") {
		base += "."
	}
	return base + extension
}

// PathGetDirectoryName is Path.GetDirectoryName(path): everything before
// the last '/', separators collapsed; "" where .NET returns null (the root,
// or an empty path) and also where it returns "" (a bare file name).
func PathGetDirectoryName(path string) string {
	root := 0
	if strings.HasPrefix(path, "/") {
		root = 1
	}
	end := len(path)
	if end <= root {
		return ""
	}
	for end > root {
		end--
		if path[end] == '/' {
			break
		}
	}
	for end > root && path[end-1] == '/' {
		end--
	}
	return collapseSeparators(path[:end])
}

func collapseSeparators(p string) string {
	if !strings.Contains(p, "//") {
		return p
	}
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '/' && i > 0 && p[i-1] == '/' {
			continue
		}
		sb.WriteByte(p[i])
	}
	return sb.String()
}

// PathGetFullPath is Path.GetFullPath(path): relative paths are taken from
// the current directory; ".", ".." and repeated '/' are resolved without
// touching the file system; a trailing '/' is kept.
func PathGetFullPath(path string) string {
	if path == "" {
		panic(system.NewArgumentExceptionParam("The path is empty.", "path"))
	}
	if strings.IndexByte(path, 0) >= 0 {
		panic(system.NewArgumentExceptionParam("Null character in path.", "path"))
	}
	if !strings.HasPrefix(path, "/") {
		path = DirectoryGetCurrentDirectory() + "/" + path
	}
	trailing := strings.HasSuffix(path, "/")
	var parts []string
	for _, seg := range strings.Split(path, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(parts) > 0 {
				parts = parts[:len(parts)-1]
			}
		default:
			parts = append(parts, seg)
		}
	}
	full := "/" + strings.Join(parts, "/")
	if trailing && full != "/" {
		full += "/"
	}
	return full
}

// PathGetTempPath is Path.GetTempPath(): $TMPDIR or "/tmp/", always
// ending in '/'.
func PathGetTempPath() string {
	dir := os.Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp/"
	}
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return dir
}

// PathGetRandomFileName is Path.GetRandomFileName(): 8.3 random characters.
func PathGetRandomFileName() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz012345"
	var b [11]byte
	rand.Read(b[:])
	out := make([]byte, 0, 12)
	for i, c := range b {
		if i == 8 {
			out = append(out, '.')
		}
		out = append(out, alphabet[c&31])
	}
	return string(out)
}

// PathGetTempFileName is Path.GetTempFileName(): it creates an empty file
// "tmpXXXXXX.tmp" in the temp directory and returns its full path.
func PathGetTempFileName() string {
	f, err := os.CreateTemp(PathGetTempPath(), "tmp*.tmp")
	if err != nil {
		panic(fileError(err, PathGetTempPath(), true))
	}
	name := f.Name()
	f.Close()
	return name
}
