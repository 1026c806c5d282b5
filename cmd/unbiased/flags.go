package main

import (
	"errors"
	"flag"
	"io"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/config"
)

// command is one subcommand's flag set with the shared settings.
type command struct {
	fs   *flag.FlagSet
	cfg  *config.Flags
	args []string
	help func()
}

func newCommand(name, usage string, out io.Writer, settings ...string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// The flag package prints errors and usage itself; we print one line
	// for an error and the usage only when asked.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &command{fs: fs, cfg: config.Register(fs, settings...)}
	c.help = func() {
		io.WriteString(out, "Usage: unbiased "+name+" "+usage+"\n\nFlags:\n")
		fs.SetOutput(out)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return c
}

// parse reads flags before and after positional arguments, and loads the
// settings. -h prints the command's usage and returns errHelp.
func (c *command) parse(args []string, getenv func(string) string) (config.Config, error) {
	var pos []string
	for {
		if err := c.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.help()
				return config.Config{}, errHelp
			}
			return config.Config{}, usagef("%s: %s", c.fs.Name(), firstLine(err.Error()))
		}
		rest := c.fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	c.args = pos
	cfg, err := c.cfg.Load(getenv)
	if err != nil {
		return cfg, usagef("%s: %s", c.fs.Name(), err.Error())
	}
	return cfg, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
