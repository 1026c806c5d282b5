package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/bias"
	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/sources"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/web"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// The store gives the site its outlet pages, its search of reports, and
// the newest stories first in the feed of a search.
var (
	_ web.OutletReader   = (*store.Store)(nil)
	_ web.ReportSearcher = (*store.Store)(nil)
	_ web.LatestSearcher = (*store.Store)(nil)
)

// deskReader is the store as the site reads it, which also explains how
// each story's reports were grouped, with the options the desk clusters
// with.
type deskReader struct{ *store.Store }

var _ web.GroupingReader = deskReader{}

// StoryGrouping explains story id's grouping (see pipeline.Grouping).
func (d deskReader) StoryGrouping(ctx context.Context, id string) (news.Grouping, error) {
	return pipeline.Grouping(ctx, d.Store, id, clusterOptions())
}

// clusterOptions are the options the desk clusters with.
func clusterOptions() cluster.Options { return cluster.DefaultOptions() }

// deskAdmin is what the admin pages act on: the store, and the rebuild
// that makes an editor's decision on the grouping show at once, as it
// does for 'stories merge' and 'stories split'.
type deskAdmin struct {
	deskReader
	m   Main
	cfg config.Config
}

var _ web.Admin = deskAdmin{}

// Decide records d and rebuilds the stories (see applyDecision).
func (a deskAdmin) Decide(ctx context.Context, d news.Decision) (web.Decided, error) {
	return a.m.applyDecision(ctx, a.Store, a.cfg, d)
}

// newSite is the reader's web handler over a store. ready, met and jobs
// (the job queue the admin overview lists) may be nil.
// Its admin pages open only with the admin token, whatever the address a
// request comes from: a reverse proxy makes every request come from this
// machine.
func (m Main) newSite(st *store.Store, cfg config.Config, ready func(context.Context) error, met *metrics.Desk, jobs web.JobLister) http.Handler {
	o := siteOptions(cfg)
	o.Ready = ready
	if cfg.AdminToken != "" {
		o.Admin, o.AdminToken = deskAdmin{deskReader{st}, m, cfg}, cfg.AdminToken
		o.Metrics = metricsHandler(met)
		o.Jobs = jobs
	}
	return web.New(deskReader{st}, o)
}

// metricsHandler is met's handler, or nil for no metrics.
func metricsHandler(met *metrics.Desk) http.Handler {
	if met == nil {
		return nil
	}
	return met.Handler()
}

// newAdminSite is the handler of the admin listener (--admin-addr): the
// same site, whose admin pages also admit this machine without a token.
func (m Main) newAdminSite(st *store.Store, cfg config.Config, met *metrics.Desk, jobs web.JobLister) http.Handler {
	o := siteOptions(cfg)
	o.Admin, o.AdminToken, o.AdminLocal = deskAdmin{deskReader{st}, m, cfg}, cfg.AdminToken, true
	o.Metrics = metricsHandler(met)
	o.Jobs = jobs
	return web.New(deskReader{st}, o)
}

// siteOptions are the reader's site as the settings describe it.
func siteOptions(cfg config.Config) web.Options {
	return web.Options{
		SiteName:     cfg.SiteName,
		Desk:         cfg.Desk,
		Location:     cfg.Location(),
		DateFormat:   cfg.DateFormat,
		BaseURL:      cfg.BaseURL,
		Logger:       slog.Default(),
		RatingMethod: sources.Method(),
	}
}

// storeReady is /readyz's check: the store answers and has at least one
// published story.
func storeReady(st *store.Store) func(context.Context) error {
	return func(ctx context.Context) error {
		if err := st.Ping(ctx); err != nil {
			return fmt.Errorf("store: %w", err)
		}
		_, published, err := st.StoryCounts(ctx)
		if err != nil {
			return err
		}
		if published == 0 {
			return errors.New("no story written yet")
		}
		return nil
	}
}

func newClient(cfg config.Config, o fetch.Options) *fetch.Client {
	o.UserAgent = cfg.UserAgent
	o.Contact = cfg.Contact
	o.AllowPrivate = o.AllowPrivate || cfg.AllowPrivate
	return fetch.New(o)
}

// newPipeline builds the pipeline with a guarded client and, for outlets
// marked as self-hosted, one that may reach private addresses.
func newPipeline(ctx context.Context, st *store.Store, cfg config.Config, o fetch.Options, log *slog.Logger) *pipeline.Pipeline {
	private := o
	private.AllowPrivate = true
	return &pipeline.Pipeline{Store: st, Client: newClient(cfg, o), PrivateClient: newClient(cfg, private), Log: log, Workers: 4,
		Languages: catalogueLanguages(ctx, st)}
}

// catalogueLanguages is the language whitelist: the languages of the
// shipped catalogue and of the outlets the store follows.
func catalogueLanguages(ctx context.Context, st *store.Store) []string {
	seen := map[string]bool{"en": true}
	if entries, err := sources.Default(); err == nil {
		for _, e := range entries {
			seen[e.Language] = true
		}
	}
	if outlets, err := st.Outlets(ctx); err == nil {
		for _, o := range outlets {
			seen[o.Language] = true
		}
	}
	delete(seen, "")
	langs := make([]string, 0, len(seen))
	for l := range seen {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

// writing is how the desk writes stories: with the trained loaded-language
// model of --bias-model as well as the built-in lexicon, when one is given.
func writing(cfg config.Config) (pipeline.Writing, error) {
	w := pipeline.Writing{
		Writer:     write.Writer{Desk: cfg.Desk},
		Cluster:    clusterOptions(),
		Quiet:      cfg.StoryQuietFor(),
		StreamFrom: pipeline.DefaultStreamFrom,
	}
	if cfg.BiasModel == "" {
		return w, nil
	}
	data, err := os.ReadFile(cfg.BiasModel)
	if err != nil {
		return w, fmt.Errorf("bias model: %w", err)
	}
	model, err := bias.Load(bytes.NewReader(data))
	if err != nil {
		return w, fmt.Errorf("bias model %s: %w", cfg.BiasModel, err)
	}
	sum := sha256.Sum256(data)
	w.Writer.Biased = func(s string) bool { return model.Predict(s).Biased }
	w.Writer.BiasedBy = filepath.Base(cfg.BiasModel) + " " + hex.EncodeToString(sum[:8])
	return w, nil
}

// listen opens the serving socket first, so that the printed URL is
// already accepting connections. flag names the setting that chose addr,
// for the hint when the address is taken.
func listen(addr, flag string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("listen on %s: address already in use: is another desk running? choose another address with --%s", addr, flag)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// listenAdmin opens the admin listener of --admin-addr: a loopback
// HOST:PORT, or unix:PATH for a Unix socket that only its owner may use.
// config.Validate has checked the address.
func listenAdmin(addr string) (net.Listener, error) {
	path, ok := strings.CutPrefix(addr, "unix:")
	if !ok {
		return listen(addr, "admin-addr")
	}
	// A socket left behind by a desk that was killed would make Listen
	// fail; anything else at the path is left alone.
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
		os.Remove(path)
	}
	old := syscall.Umask(0o177)
	ln, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return nil, fmt.Errorf("admin listener %s: %w", addr, err)
	}
	return ln, nil
}

// served is one listener and what it serves.
type served struct {
	ln net.Listener
	h  http.Handler
}

// serveUntilDone serves each listener until ctx ends or one fails, then
// shuts them all down, giving requests in flight a few seconds to finish.
func serveUntilDone(ctx context.Context, all ...served) error {
	errc := make(chan error, len(all))
	var servers []*http.Server
	for _, s := range all {
		srv := &http.Server{Handler: s.h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
		servers = append(servers, srv)
		go func() {
			if err := srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("serve on %s: %w", s.ln.Addr(), err)
			}
		}()
	}
	var failed error
	select {
	case failed = <-errc:
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, srv := range servers {
		if err := srv.Shutdown(shut); err != nil && failed == nil {
			failed = fmt.Errorf("shut down: %w", err)
		}
	}
	return failed
}

func siteURL(ln net.Listener) string { return "http://" + ln.Addr().String() + "/" }

// adminURL is where the admin pages answer on the admin listener.
func adminURL(ln net.Listener) string {
	if ln.Addr().Network() == "unix" {
		return "unix:" + ln.Addr().String() + " (/admin)"
	}
	return "http://" + ln.Addr().String() + "/admin"
}

// openSite opens the reader's listener and, with --admin-addr, the admin
// listener, and says where the admin pages are. The caller closes what
// it returns.
func (m Main) openSite(st *store.Store, cfg config.Config, ready func(context.Context) error, met *metrics.Desk, jobs web.JobLister) ([]served, error) {
	ln, err := listen(cfg.Addr, "addr")
	if err != nil {
		return nil, err
	}
	all := []served{{ln, m.newSite(st, cfg, ready, met, jobs)}}
	if cfg.AdminAddr == "" {
		if cfg.AdminToken == "" {
			fmt.Fprintln(m.Stderr, "unbiased: admin pages off: give --admin-addr 127.0.0.1:PORT for an admin listener on this machine, or --admin-token to sign in at /admin/login")
		}
		return all, nil
	}
	aln, err := listenAdmin(cfg.AdminAddr)
	if err != nil {
		ln.Close()
		return nil, err
	}
	fmt.Fprintf(m.Stderr, "unbiased: admin pages at %s, for this machine only: put no proxy in front of it\n", adminURL(aln))
	return append(all, served{aln, m.newAdminSite(st, cfg, met, jobs)}), nil
}

// openAdmin opens only the admin listener, with --admin-addr: a worker
// serves no reader, but its admin pages and metrics answer there. None
// without --admin-addr.
func (m Main) openAdmin(st *store.Store, cfg config.Config, met *metrics.Desk, jobs web.JobLister) ([]served, error) {
	if cfg.AdminAddr == "" {
		return nil, nil
	}
	aln, err := listenAdmin(cfg.AdminAddr)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(m.Stderr, "unbiased: admin pages at %s, for this machine only: put no proxy in front of it\n", adminURL(aln))
	return []served{{aln, m.newAdminSite(st, cfg, met, jobs)}}, nil
}

func closeAll(all []served) {
	for _, s := range all {
		s.ln.Close()
	}
}
