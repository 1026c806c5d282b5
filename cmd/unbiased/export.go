package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/web"
)

// export writes a static copy of the site: the pages readers see, for a
// host that serves files.
func (m Main) export(ctx context.Context, args []string) error {
	c := newCommand("export", "[--db PATH] [--base-url URL] --out DIR", m.Stderr,
		"db", "site-name", "desk", "time-zone", "date-format", "base-url")
	out := c.fs.String("out", "", "the folder to write the site into (required; replaced if it holds an earlier export)")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if *out == "" {
		return usagef("export: --out DIR is required")
	}
	if len(c.args) > 0 {
		return usagef("export: unexpected argument %q", c.args[0])
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	o := siteOptions(cfg)
	// Warnings only: the 404 page is rendered on purpose.
	o.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	o.Now = m.Now
	var finish func()
	o.ExportProgress, finish = m.progress("exporting the site")
	rep, err := web.Export(ctx, st, o, *out)
	finish()
	if err != nil {
		return err
	}
	feeds := "feeds left out: give --base-url for their absolute links"
	if rep.Feeds {
		feeds = "feeds written"
	}
	if rep.MissingImages > 0 {
		feeds += fmt.Sprintf("; %d linked images not in the store", rep.MissingImages)
	}
	fmt.Fprintf(m.Stdout, "exported %s, %s, %s and %s to %s (%d files, %d KB; %s)\n",
		news.Count(rep.Stories, "story", "stories"), news.Count(rep.Pages, "front page", "front pages"),
		news.Count(rep.Outlets, "outlet page", "outlet pages"), news.Count(rep.Images, "image", "images"),
		rep.Dir, rep.Files, (rep.Bytes+1023)/1024, feeds)
	return nil
}
