package main

import (
	"context"
	"strings"
)

// subcommand is one word of a command that has several (stories list,
// feeds import, ...).
type subcommand struct {
	name string
	run  func(ctx context.Context, args []string) error
}

// runSubcommand runs the subcommand that args start with, or says which
// ones cmd has.
func runSubcommand(ctx context.Context, cmd string, args []string, subs ...subcommand) error {
	names := make([]string, len(subs))
	for i, s := range subs {
		names[i] = s.name
	}
	list := strings.Join(names, ", ")
	if n := len(names); n > 1 {
		list = strings.Join(names[:n-1], ", ") + " or " + names[n-1]
	}
	if len(args) == 0 {
		return usagef("%s: want a subcommand: %s", cmd, list)
	}
	for _, s := range subs {
		if s.name == args[0] {
			return s.run(ctx, args[1:])
		}
	}
	return usagef("%s: unknown subcommand %q (want %s)", cmd, args[0], list)
}
