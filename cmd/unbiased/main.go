// Command unbiased runs The Unbiased Post: a self-hosted news desk that
// reads outlets from across the political spectrum, groups their reports
// of one event into a story, and writes one neutral, cited page per story.
//
// Usage:
//
//	unbiased demo    [--addr HOST:PORT] [--db PATH]
//	unbiased serve   [--db PATH] [--addr HOST:PORT] [--base-url URL] [--role all|web|worker] [--allow-private] [FEED...]
//	unbiased ingest  [--db PATH] [--allow-private] FILE|URL...
//	unbiased stories list [--db PATH] [--limit N] [--format text|json]
//	unbiased stories show [--db PATH] [--format md|json|html] [--why] ID
//	unbiased stories recluster [--db PATH]
//	unbiased stories reports|merge|split|decisions ...
//	unbiased sources list|add|remove|import|import-ratings ...
//	unbiased feeds   list|import|export|remove|hold|release ...
//	unbiased export  [--db PATH] [--base-url URL] --out DIR
//	unbiased backup  [--db PATH] FILE
//	unbiased jobs    list [--db PATH] [--state STATE[,STATE...]] | retry ID... | delete ID...
//	unbiased eval    extract|feeds|cluster|bias|summary|fit|desk|pages ...
//	unbiased train   bias --out MODEL FILE.jsonl
//
// Exit status is 0 on success, 1 on failure and 2 on bad usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the whole program with its outside world passed in, so that
// tests run it in-process.
type Main struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Ready, when set, is called with the site's URL once a serving
	// command (demo, serve) is listening.
	Ready func(url string)
	// Now is the clock; nil means the wall clock.
	Now func() time.Time
	// Progress, when set, stands in for the progress bar that long
	// commands draw on a terminal: it is called with what is under way
	// and returns the callback for done/total and the function that
	// ends it. Nil means the bar on Stderr when that is a terminal.
	Progress func(what string) (update func(done, total int), finish func())
}

// usageError is a mistake in how the command was called: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Run runs one command line and returns the exit status.
func (m Main) Run(ctx context.Context, args []string) int {
	if m.Getenv == nil {
		m.Getenv = func(string) string { return "" }
	}
	if m.Now == nil {
		m.Now = time.Now
	}
	err := m.dispatch(ctx, args)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "unbiased: %s (see 'unbiased help')\n", ue.msg)
		return 2
	default:
		fmt.Fprintf(m.Stderr, "unbiased: %s\n", oneLine(err.Error()))
		return 1
	}
}

var errHelp = errors.New("help shown")

func (m Main) dispatch(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "demo":
		return m.demo(ctx, rest)
	case "serve":
		return m.serve(ctx, rest)
	case "ingest":
		return m.ingest(ctx, rest)
	case "stories":
		return m.stories(ctx, rest)
	case "sources":
		return m.sources(ctx, rest)
	case "feeds":
		return m.feeds(ctx, rest)
	case "eval":
		return m.eval(ctx, rest)
	case "train":
		return m.train(ctx, rest)
	case "export":
		return m.export(ctx, rest)
	case "backup":
		return m.backup(ctx, rest)
	case "jobs":
		return m.jobs(ctx, rest)
	case "help", "-h", "--help", "-help":
		m.usage(m.Stdout)
		return errHelp
	case "version", "--version":
		fmt.Fprintln(m.Stdout, "unbiased", version)
		return nil
	}
	return usagef("unknown command %q", cmd)
}

const version = "0.1.0-dev"

func (m Main) usage(w io.Writer) {
	fmt.Fprint(w, `The Unbiased Post: one neutral, cited page per news story, from many outlets.

Usage:
  unbiased demo    [--addr HOST:PORT] [--db PATH]           run the desk on the bundled demo corpus
  unbiased serve   [--db PATH] [--addr HOST:PORT] [--role all|web|worker] [FEED...]
                                                            run the desk: ingest, write, serve
  unbiased ingest  [--db PATH] [--allow-private] FILE|URL... read feeds once and report each
  unbiased stories list [--db PATH] [--limit N] [--all] [--format text|json]
  unbiased stories show [--db PATH] [--format md|json|html] [--why] ID
  unbiased stories recluster [--db PATH]
  unbiased stories reports ID | merge ID ID... | split ID REPORT... | decisions
                                                            an editor's corrections of the grouping
  unbiased sources list|add|remove|import|import-ratings   the outlets followed, and their leans
  unbiased feeds   list|import|export|remove|hold|release  feeds, their health, OPML in and out
  unbiased export  [--db PATH] [--base-url URL] --out DIR   write the site as static files
  unbiased backup  [--db PATH] FILE                         a consistent copy of a SQLite desk
  unbiased jobs    list [--db PATH] [--state STATE,...]     the job queue: failed, waiting, done
  unbiased jobs    retry ID... | delete ID...               put failed jobs back in the queue, or delete them
  unbiased eval    extract|feeds|cluster|bias|summary|fit|desk|pages ...   measure each stage against labelled data
  unbiased train   bias --out MODEL FILE.jsonl              fit the loaded-language model on labelled sentences
  unbiased version

Settings come from flags, then UNBIASED_* environment variables, then a TOML
file given by --config or UNBIASED_CONFIG. Run 'unbiased COMMAND -h' for a
command's flags.
`)
}

// oneLine keeps an error message on one line, as the contract promises.
func oneLine(s string) string {
	out := []rune{}
	for _, r := range s {
		if r == '\n' || r == '\r' {
			r = ' '
		}
		out = append(out, r)
	}
	return string(out)
}
