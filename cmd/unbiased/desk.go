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
	"time"

	"github.com/theunbiasedpost/unbiased/internal/bias"
	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/sources"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/web"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// newSite is the web handler over a store. ready may be nil.
func newSite(st *store.Store, cfg config.Config, ready func(context.Context) error) http.Handler {
	o := siteOptions(cfg)
	o.Ready = ready
	// The admin pages answer on loopback, or anywhere with the token.
	o.Admin, o.AdminToken = st, cfg.AdminToken
	return web.New(st, o)
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
		Writer:  write.Writer{Desk: cfg.Desk},
		Cluster: cluster.DefaultOptions(),
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
// already accepting connections.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// serveUntilDone serves h on ln until ctx ends, then shuts down, giving
// requests in flight a few seconds to finish.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

func siteURL(ln net.Listener) string { return "http://" + ln.Addr().String() + "/" }
