package transcript

import (
	"bytes"
	"errors"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Errors for input that is not a call at all. Read wraps them with the file
// name; test with errors.Is.
var (
	ErrEmpty         = errors.New("the file is empty")
	ErrBinary        = errors.New("the file is binary, not text")
	ErrNotTranscript = errors.New("no sentences of prose: this does not look like a call transcript or script")
	ErrNotRegular    = errors.New("not a regular file")
	ErrTooLarge      = errors.New("larger than a call may be")
)

// Encodings a file may be read in.
const (
	UTF8        = "utf-8"
	UTF8BOM     = "utf-8 with byte-order mark"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
	// UTF8Lossy is UTF-8 with bytes that are not, each replaced by U+FFFD
	// (Document.Replaced says where).
	UTF8Lossy = "utf-8 with invalid bytes replaced"
)

// decode returns raw as UTF-8 text, the encoding it was read in, and the map
// from text offsets to offsets in raw. Text that is valid UTF-8 is read as
// such; anything else is read as Windows-1252, the encoding of older EDGAR
// exhibits, in which every byte is a character.
func decode(raw []byte) (string, string, offsetMap, error) {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return "", "", nil, ErrEmpty
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		if !utf8.Valid(raw[3:]) {
			break
		}
		return string(raw[3:]), UTF8BOM, identity(3), nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		s, m := decodeUTF16(raw, false)
		return s, UTF16LE, m, nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		s, m := decodeUTF16(raw, true)
		return s, UTF16BE, m, nil
	}
	if binary(raw) {
		return "", "", nil, ErrBinary
	}
	if utf8.Valid(raw) {
		return string(raw), UTF8, identity(0), nil
	}
	if mostlyUTF8(raw) {
		s, m, _ := decodeLossy(raw)
		return s, UTF8Lossy, m, nil
	}
	s, m := decode1252(raw)
	return s, Windows1252, m, nil
}

// mostlyUTF8 reports whether raw, not valid UTF-8, is UTF-8 with a few bad
// bytes rather than Windows-1252: it holds valid sequences of several
// bytes ("€" is E2 82 AC), and no more bytes that are not. In Windows-1252
// text, the bytes above 0x7F almost never form valid UTF-8.
func mostlyUTF8(raw []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi > 0 && bad <= multi
}

// decodeLossy decodes UTF-8, each invalid byte replaced by U+FFFD; bad
// holds the offsets of the bytes replaced.
func decodeLossy(raw []byte) (text string, m offsetMap, bad []int) {
	b := mapBuilder{buf: make([]byte, 0, len(raw)+16)}
	start := 0 // start of the pending valid stretch
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		b.copy(raw[start:i], start)
		b.emit("\uFFFD", i)
		bad = append(bad, i)
		i++
		start = i
	}
	b.copy(raw[start:], start)
	return string(b.buf), b.m, bad
}

// binary reports whether raw holds bytes that no text file has: NULs, or
// many control characters.
func binary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctl++
		}
	}
	return ctl*20 > len(head)
}

func decode1252(raw []byte) (string, offsetMap) {
	d := charmap.Windows1252
	b := mapBuilder{buf: make([]byte, 0, len(raw)+len(raw)/8)}
	start := 0 // start of the pending ASCII stretch
	for i, c := range raw {
		if c < utf8.RuneSelf {
			continue
		}
		b.copy(raw[start:i], start)
		b.emit(string(d.DecodeByte(c)), i)
		start = i + 1
	}
	b.copy(raw[start:], start)
	return string(b.buf), b.m
}

func decodeUTF16(raw []byte, bigEndian bool) (string, offsetMap) {
	var b mapBuilder
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(raw[i])<<8 | uint16(raw[i+1])
		}
		return uint16(raw[i+1])<<8 | uint16(raw[i])
	}
	for i := 2; i+1 < len(raw); {
		r, n := rune(unit(i)), 2
		if utf16.IsSurrogate(r) && i+3 < len(raw) {
			r, n = utf16.DecodeRune(r, rune(unit(i+2))), 4
		}
		b.emit(string(r), i)
		i += n
	}
	return string(b.buf), b.m
}
