package transcript

import "sort"

// An offsetMap maps byte offsets in a derived text (decoded, or stripped of
// markup) back to byte offsets in the text it was derived from. It is a
// sorted list of runs; within a run the first n bytes correspond one to one,
// and every later byte of the run maps to the source byte just past them
// (a character that was written as an entity or in another encoding).
type offsetMap []run

type run struct{ dst, src, n int }

// identity returns the map of a text that is its source shifted by base
// bytes (a stripped byte-order mark, a document inside a submission).
func identity(base int) offsetMap { return offsetMap{{0, base, int(^uint(0) >> 1)}} }

// src returns the source offset of derived offset dst.
func (m offsetMap) src(dst int) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].dst > dst }) - 1
	if i < 0 {
		return dst
	}
	r := m[i]
	d := dst - r.dst
	if d > r.n {
		d = r.n
	}
	return r.src + d
}

// A mapBuilder appends derived text and records where each piece came from.
type mapBuilder struct {
	buf []byte
	m   offsetMap
}

// copy appends s, which stands at offset src of the source unchanged.
func (b *mapBuilder) copy(s []byte, src int) {
	dst := len(b.buf)
	b.buf = append(b.buf, s...)
	if k := len(b.m) - 1; k >= 0 {
		if r := &b.m[k]; r.dst+r.n == dst && r.src+r.n == src && r.n == dst-r.dst {
			r.n += len(s)
			return
		}
	}
	b.m = append(b.m, run{dst, src, len(s)})
}

// emit appends s, which stands for the source bytes starting at src written
// another way.
func (b *mapBuilder) emit(s string, src int) {
	b.m = append(b.m, run{len(b.buf), src, 0})
	b.buf = append(b.buf, s...)
}

// truncate drops the derived text from offset n on.
func (b *mapBuilder) truncate(n int) {
	b.buf = b.buf[:n]
	for len(b.m) > 0 && b.m[len(b.m)-1].dst >= n {
		b.m = b.m[:len(b.m)-1]
	}
	if k := len(b.m) - 1; k >= 0 && b.m[k].dst+b.m[k].n > n {
		b.m[k].n = n - b.m[k].dst
	}
}

// last returns the last byte appended, or 0.
func (b *mapBuilder) last() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}
