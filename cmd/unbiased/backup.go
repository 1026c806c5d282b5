package main

import (
	"context"
	"fmt"
	"os"
)

// backup writes a consistent copy of the desk's SQLite database.
func (m Main) backup(ctx context.Context, args []string) error {
	c := newCommand("backup", "[--db PATH] FILE", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("backup: want exactly one file to write the copy to")
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Backup(ctx, c.args[0]); err != nil {
		return err
	}
	size := int64(0)
	if fi, err := os.Stat(c.args[0]); err == nil {
		size = fi.Size()
	}
	fmt.Fprintf(m.Stdout, "backed up %s to %s (%d KB); it opens with --db %s\n", cfg.DB, c.args[0], (size+1023)/1024, c.args[0])
	return nil
}
