package sources

// A fastTable maps a fixed set of words, known when it is made, to
// values, as doc.WordTable does, for the lookups the scan and the name
// reader make for most words they read. It hashes a word by its first,
// middle and last bytes and its length (as activeBit does) rather than
// by a loop over all its bytes: those four tell the words of each
// lexicon apart but for a few, which share a run of slots, and the
// table, at most a quarter full, is probed from the word's slot until
// the word or an empty slot is found, comparing whole words. It cannot
// be changed once made, and so is safe for concurrent use.
type fastTable[V any] struct {
	shift uint32 // 32 less the bits of a slot's index
	slots []fastSlot[V]
}

type fastSlot[V any] struct {
	key  string
	val  V
	used bool
}

// newFastTable makes a table of the words of m and their values.
func newFastTable[V any](m map[string]V) *fastTable[V] {
	bits := uint32(3)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := &fastTable[V]{shift: 32 - bits, slots: make([]fastSlot[V], 1<<bits)}
	mask := uint32(len(t.slots) - 1)
	for k, v := range m {
		i := fastHash(k) >> t.shift
		for t.slots[i].used {
			i = (i + 1) & mask
		}
		t.slots[i] = fastSlot[V]{key: k, val: v, used: true}
	}
	return t
}

// fastHash is the table's hash of w: its first, middle and last bytes
// and its length, mixed by a multiplication whose top bits index the
// slots. The empty word hashes to 0.
func fastHash[S string | []byte](w S) uint32 {
	if len(w) == 0 {
		return 0
	}
	h := uint32(w[0]) | uint32(w[len(w)>>1])<<8 | uint32(w[len(w)-1])<<16 | uint32(len(w)&0xff)<<24
	return h * 0x9E3779B1
}

// get returns the value of w, and whether w is in the table; the zero
// value and false when it is not.
func (t *fastTable[V]) get(w string) (V, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := fastHash(w) >> t.shift; t.slots[i&mask].used; i++ {
		if s := &t.slots[i&mask]; s.key == w {
			return s.val, true
		}
	}
	var zero V
	return zero, false
}

// getBytes is get for a word held in bytes, looked up without making it
// a string.
func (t *fastTable[V]) getBytes(w []byte) (V, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := fastHash(w) >> t.shift; t.slots[i&mask].used; i++ {
		if s := &t.slots[i&mask]; s.key == string(w) {
			return s.val, true
		}
	}
	var zero V
	return zero, false
}
