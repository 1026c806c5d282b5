package main

import (
	"io"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
)

// isTerminal reports whether w is a terminal, where a redrawn progress bar
// makes sense; in logs and pipes it would only add noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar returns a callback that draws a progress bar of done/total on
// w when w is a terminal, and nil otherwise, plus a function that ends the
// bar.
func progressBar(w io.Writer, what string) (func(done, total int), func()) {
	if !isTerminal(w) {
		return nil, func() {}
	}
	var mu sync.Mutex
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000), // redraw at most every 100ms
	)
	return func(done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if int64(total) != bar.GetMax64() {
				bar.ChangeMax(total)
			}
			bar.Set(done)
		}, func() {
			mu.Lock()
			defer mu.Unlock()
			bar.Finish()
		}
}

// progress is the progress of a long command: Main.Progress's when set,
// else progressBar's on Stderr. update is nil when there is nothing to
// show progress on.
func (m Main) progress(what string) (update func(done, total int), finish func()) {
	if m.Progress != nil {
		return m.Progress(what)
	}
	return progressBar(m.Stderr, what)
}
