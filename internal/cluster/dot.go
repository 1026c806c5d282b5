package cluster

import "math"

// dot is a.Dot(b) for vectors without negative weights, computed without
// a branch the processor must guess at each step of the merge: which
// side moves on, and whether the two terms match, are computed, not
// branched on. The common terms are summed in ascending order, as Dot
// sums them, to the same bits: each step without a match adds a positive
// zero to a sum that is never a negative one.
func dot(a, b vector) float64 {
	at, aw, bt, bw := a.Terms, a.Weights, b.Terms, b.Weights
	aw = aw[:len(at)]
	bw = bw[:len(bt)]
	var s float64
	i, j := 0, 0
	for i < len(at) && j < len(bt) {
		x, y := at[i], bt[j]
		var mask uint64
		if x == y {
			mask = math.MaxUint64
		}
		s += aw[i] * math.Float64frombits(math.Float64bits(bw[j])&mask)
		// Terms are not negative, so y-x and x-y do not overflow, and
		// the sign of each tells which side is behind.
		i += 1 - int(uint32(y-x)>>31)
		j += 1 - int(uint32(x-y)>>31)
	}
	return s
}
