package bias

import (
	"context"
	"math"
)

// logistic is an L2-regularised logistic regression problem in the form
// scikit-learn's LogisticRegression uses:
//
//	minimise  ½‖w‖² + C Σᵢ sᵢ log(1 + exp(−yᵢ (w·xᵢ + b)))
//
// with yᵢ = ±1 and sᵢ the sentence's weight (1 when sw is nil). The intercept b is not penalised. The objective is convex,
// so the minimiser is unique in w and the optimiser's result depends only
// on the data, C and the stopping rule.
type logistic struct {
	rows []vector
	y    []float64 // +1 biased, −1 not
	sw   []float64 // per-row loss weights; nil: all 1
	dim  int       // number of weights; the intercept is theta[dim]
	c    float64
}

// eval returns the objective at theta and writes its gradient to grad.
// The sums run in a fixed order, so the result is the same on every run.
func (p *logistic) eval(theta, grad []float64) float64 {
	w, b := theta[:p.dim], theta[p.dim]
	var f float64
	for j, wj := range w {
		f += 0.5 * wj * wj
		grad[j] = wj
	}
	grad[p.dim] = 0
	for i, x := range p.rows {
		z := b
		for k, j := range x.idx {
			z += w[j] * x.val[k]
		}
		m := p.y[i] * z
		c := p.c
		if p.sw != nil {
			c *= p.sw[i]
		}
		f += c * log1pExp(-m)
		// d/dz log(1+exp(−y z)) = −y σ(−y z)
		g := -c * p.y[i] * sigmoid(-m)
		for k, j := range x.idx {
			grad[j] += g * x.val[k]
		}
		grad[p.dim] += g
	}
	return f
}

// log1pExp is log(1 + exp(t)) without overflow.
func log1pExp(t float64) float64 {
	if t > 0 {
		return t + math.Log1p(math.Exp(-t))
	}
	return math.Log1p(math.Exp(t))
}

func sigmoid(t float64) float64 {
	if t >= 0 {
		return 1 / (1 + math.Exp(-t))
	}
	e := math.Exp(t)
	return e / (1 + e)
}

// lbfgs settings. They are fixed: the same problem always takes the same
// steps.
const (
	lbfgsMemory   = 10
	lbfgsMaxIter  = 1000
	lbfgsGradTol  = 1e-7 // stop when max |∂f| ≤ lbfgsGradTol · max(1, C·n)
	lbfgsFuncTol  = 1e-12
	armijo        = 1e-4
	maxBacktracks = 50
)

// minimise runs limited-memory BFGS with a backtracking (Armijo) line
// search from start (theta = 0 when start is nil) and returns the minimiser and the number of
// iterations taken. It stops when the largest gradient component is
// small relative to the size of the loss term, when an iteration lowers
// the objective by less than a relative 1e-12, or after lbfgsMaxIter
// iterations. ctx is checked every iteration.
func (p *logistic) minimise(ctx context.Context, start []float64) ([]float64, int, error) {
	n := p.dim + 1
	x := make([]float64, n)
	copy(x, start)
	g := make([]float64, n)
	f := p.eval(x, g)
	tol := lbfgsGradTol * math.Max(1, p.c*float64(len(p.rows)))

	var ss, ys [][]float64
	var rhos []float64
	d := make([]float64, n)
	xNew := make([]float64, n)
	gNew := make([]float64, n)
	alpha := make([]float64, lbfgsMemory)

	it := 0
	for ; it < lbfgsMaxIter; it++ {
		if err := ctx.Err(); err != nil {
			return nil, it, err
		}
		if maxAbs(g) <= tol {
			break
		}
		// d = −H g by the two-loop recursion.
		for i := range d {
			d[i] = -g[i]
		}
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rhos[k] * dot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(dot(ss[k], ys[k])/dot(ys[k], ys[k]), d)
		} else {
			scale(1/math.Max(1, norm2(g)), d) // first step: unit length at most
		}
		for k := range ss {
			beta := rhos[k] * dot(ys[k], d)
			axpy(alpha[k]-beta, ss[k], d)
		}
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: forget the curvature
			ss, ys, rhos = nil, nil, nil
			for i := range d {
				d[i] = -g[i] / math.Max(1, norm2(g))
			}
			slope = dot(g, d)
		}
		step := 1.0
		var fNew float64
		ok := false
		for range maxBacktracks {
			for i := range x {
				xNew[i] = x[i] + step*d[i]
			}
			fNew = p.eval(xNew, gNew)
			if fNew <= f+armijo*step*slope {
				ok = true
				break
			}
			step /= 2
		}
		if !ok {
			break // no progress possible at machine precision
		}
		s := make([]float64, n)
		y := make([]float64, n)
		for i := range s {
			s[i] = xNew[i] - x[i]
			y[i] = gNew[i] - g[i]
		}
		if sy := dot(s, y); sy > 1e-12 {
			if len(ss) == lbfgsMemory {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		decrease := f - fNew
		x, xNew = xNew, x
		g, gNew = gNew, g
		f = fNew
		if decrease <= lbfgsFuncTol*math.Max(1, math.Abs(f)) {
			it++
			break
		}
	}
	return x, it, nil
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func norm2(x []float64) float64 { return math.Sqrt(dot(x, x)) }

func maxAbs(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}
