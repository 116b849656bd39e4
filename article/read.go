package article

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"annals/timex"
)

// DefaultMaxLine is the longest JSON line or text file accepted when
// Options.MaxLine is zero.
const DefaultMaxLine = 64 << 20

// Options controls Read and the parsers.
type Options struct {
	// Date is the date given to undated input (plain text, JSON lines
	// without a date field); the zero Date means none.
	Date timex.Date
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxLine is the longest accepted JSON line or text file, in bytes;
	// 0 means DefaultMaxLine.
	MaxLine int
}

func (o Options) maxLine() int {
	if o.MaxLine <= 0 {
		return DefaultMaxLine
	}
	return o.MaxLine
}

// dirExts are the file name extensions read when walking a directory.
// Files named on the command line are read whatever their name.
var dirExts = []string{"", ".txt", ".text", ".jsonl", ".ndjson"}

// Read yields every article of the given paths in input order: files in
// argument order, directories recursively in lexical order (skipping hidden
// files and directories, and reading only files ending in .txt, .text,
// .jsonl, .ndjson or without an extension), "-" for Options.Stdin.
//
// Each bad record yields a zero Article and an *Error ("file:line:
// message"); reading goes on after it. Errors about a whole path that cannot
// be opened have Line 0. Document ids are unique across one Read: a second
// article with an id already seen is reported as an *Error and skipped.
func Read(paths []string, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		seen := make(map[string]string)
		emit := func(a Article, err error) bool {
			if err != nil {
				return yield(Article{}, err)
			}
			if first, dup := seen[a.ID]; dup {
				return yield(Article{}, &Error{File: a.File, Line: a.Line,
					Msg: fmt.Sprintf("duplicate id %s, first at %s", a.ID, first)})
			}
			seen[a.ID] = fmt.Sprintf("%s:%d", a.File, a.Line)
			return yield(a, nil)
		}
		for _, p := range paths {
			if !readPath(p, opt, emit) {
				return
			}
		}
	}
}

type emitFunc func(Article, error) bool

func readPath(path string, opt Options, emit emitFunc) bool {
	if path == "-" {
		if opt.Stdin == nil {
			return emit(Article{}, &Error{File: "-", Msg: "no standard input available"})
		}
		return readStream("-", opt.Stdin, opt, emit)
	}
	info, err := os.Stat(path)
	if err != nil {
		return emit(Article{}, pathError(path, err))
	}
	if !info.IsDir() {
		return readFile(path, opt, emit)
	}
	for _, e := range walk(path) {
		var ok bool
		if e.err != nil {
			ok = emit(Article{}, pathError(e.path, e.err))
		} else {
			ok = readFile(e.path, opt, emit)
		}
		if !ok {
			return false
		}
	}
	return true
}

type walkEntry struct {
	path string
	err  error
}

// walk lists the readable files under root in lexical order.
func walk(root string) []walkEntry {
	var out []walkEntry
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, walkEntry{p, err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !slices.Contains(dirExts, strings.ToLower(filepath.Ext(p))) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow links to files, never to directories (no loops).
			info, err := os.Stat(p)
			if err != nil {
				out = append(out, walkEntry{p, err})
				return nil
			}
			if info.IsDir() {
				return nil
			}
		}
		out = append(out, walkEntry{path: p})
		return nil
	})
	return out
}

func pathError(path string, err error) *Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{File: path, Msg: "cannot read: " + err.Error()}
}

func readFile(path string, opt Options, emit emitFunc) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(Article{}, pathError(path, err))
	}
	defer f.Close()
	return readStream(path, f, opt, emit)
}

// readStream detects the format of one file and parses it.
func readStream(name string, r io.Reader, opt Options, emit emitFunc) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, bom) {
		_, _ = br.Discard(3)
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".jsonl" || ext == ".ndjson" || firstNonBlank(br) == '{' {
		for a, err := range ParseJSONL(name, br, opt) {
			if !emit(a, err) {
				return false
			}
		}
		return true
	}
	max := opt.maxLine()
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		return emit(Article{}, &Error{File: name, Line: 1, Msg: "cannot read: " + err.Error()})
	}
	if len(data) > max {
		return emit(Article{}, &Error{File: name, Line: 1,
			Msg: fmt.Sprintf("file longer than %d bytes; skipped", max)})
	}
	if isSeed(data) || opt.Date.IsZero() {
		return emit(ParseSeed(name, data))
	}
	return emit(ParseText(name, data, opt.Date))
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// firstNonBlank peeks at the first byte that is not ASCII white space, or
// returns 0 when there is none within the reader's buffer.
func firstNonBlank(br *bufio.Reader) byte {
	for n := 512; ; n *= 2 {
		b, err := br.Peek(n)
		for _, c := range b {
			if !isASCIISpace(c) {
				return c
			}
		}
		if err != nil || n >= br.Size() {
			return 0
		}
	}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// docBase is the document id derived from a file name: the base name
// without its extension, "stdin" for "-".
func docBase(name string) string {
	if name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}
