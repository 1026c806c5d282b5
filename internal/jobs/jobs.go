// Package jobs runs the desk's work as durable jobs through River, in the
// desk's own database (SQLite or PostgreSQL): checking a feed, reading an
// article, rebuilding the stories. A job outlives the process that queued
// it, so several desks on one PostgreSQL database share the work; a job
// that fails is retried with backoff, and one that fails for good is kept
// with its errors, for `unbiased jobs list` and the admin pages.
//
// The steps themselves are the pipeline's (Pipeline.QueueFeed,
// ReadItemWork, Rebuild); this package only carries them.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// Config says what a Queue works, if anything.
type Config struct {
	// Pipeline does the work. Without it the queue only takes and lists
	// jobs (a site that reads no feeds, `jobs list`).
	Pipeline *pipeline.Pipeline
	Writing  pipeline.Writing
	Schedule pipeline.Schedule
	// Workers is how many jobs run at once; at least 1.
	Workers int
	// RebuildDelay is how long after an article is stored the stories
	// are rebuilt, so that the articles of one check share a rebuild.
	// Zero means DefaultRebuildDelay; less than zero, at once.
	RebuildDelay time.Duration
	// HostSpacing is how far apart the pages of one host that a feed
	// check queues are due (see EnqueueItems). Zero means
	// DefaultHostSpacing; less than zero, all at once.
	HostSpacing time.Duration
	// RescueAfter is how long a job may run before River takes it for
	// stuck and queues it again: a job that a killed desk was running
	// waits that long, and up to half a minute more, before another desk
	// (or this one restarted) takes it up. River's rescuer looks every 30
	// seconds (its own default, not a setting of its client), in the one
	// desk River elects to lead those sharing the database; a desk killed
	// while leading holds the lead some 15 seconds more. A job is cut off
	// after JobTimeout or RescueAfter, whichever is shorter (River wants
	// no job running past its rescue), except a rebuild, which has up to
	// RebuildTimeout and may then run twice (see rebuildWorker). Zero
	// means DefaultRescueAfter.
	RescueAfter time.Duration
	// RetryPolicy says when a failed job is tried again; nil means
	// River's own, after attempt⁴ seconds or so.
	RetryPolicy river.ClientRetryPolicy
	// Log receives River's warnings and the jobs' errors; nil discards.
	Log *slog.Logger
	// ID names this desk among the desks sharing the database; "" lets
	// River choose.
	ID string
}

// DefaultHostSpacing is Config.HostSpacing's default: a second, as the
// fetch client lets one request a second reach a host
// (fetch.DefaultHostRate).
const DefaultHostSpacing = time.Second

// DefaultRebuildDelay is Config.RebuildDelay's default.
const DefaultRebuildDelay = 10 * time.Second

// DefaultRescueAfter is Config.RescueAfter's default: longer than a
// fetch may take (a minute, fetch.Options Deadline) with room to spare.
const DefaultRescueAfter = 5 * time.Minute

// JobTimeout is how long a job other than a rebuild may run before it is
// cancelled and tried again, unless Config.RescueAfter is shorter: a feed
// or page is fetched within a minute (fetch.Options Deadline).
const JobTimeout = 2 * time.Minute

// StopTimeout is how long Stop, or the end of Start's context, waits for
// the jobs under way before it cancels them; River leaves a cancelled job
// queued, for this desk's next start or another desk.
const StopTimeout = 10 * time.Second

// Queue is the desk's job queue in its database. It is safe for
// concurrent use.
type Queue struct {
	c client
	// db reads River's job table for Depth: on PostgreSQL the client's
	// pool through database/sql, on SQLite its one connection.
	db    *sql.DB
	close func()
	cfg   Config
	hosts hosts
	halt  *halt
}

// client is what the queue uses of a River client, whichever the
// database: *river.Client[pgx.Tx] or *river.Client[*sql.Tx].
type client interface {
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
	JobList(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobRetry(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobDelete(ctx context.Context, id int64) (*rivertype.JobRow, error)
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Open opens the job queue in the database of dsn (as store.Open takes
// it) and brings River's tables up to date there (in the first schema of
// the search_path on PostgreSQL). River gets a connection pool of its own;
// on SQLite one connection, as its driver wants, with the store's pragmas
// (WAL, busy_timeout).
func Open(ctx context.Context, dsn string, cfg Config) (*Queue, error) {
	if cfg.Pipeline != nil && cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.RebuildDelay == 0 {
		cfg.RebuildDelay = DefaultRebuildDelay
	}
	if cfg.HostSpacing == 0 {
		cfg.HostSpacing = DefaultHostSpacing
	}
	if cfg.RescueAfter == 0 {
		cfg.RescueAfter = DefaultRescueAfter
	}
	if cfg.RescueAfter < 0 {
		return nil, fmt.Errorf("open job queue: rescue after %v: want a positive duration", cfg.RescueAfter)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	q := &Queue{cfg: cfg, halt: newHalt()}
	name := store.Redacted(dsn)
	if store.IsPostgres(dsn) {
		pool, err := pgxpool.New(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("open job queue %s: %w", name, err)
		}
		if q.c, err = newClient(ctx, riverpgxv5.New(pool), q, migrationLock(pool)); err != nil {
			pool.Close()
			return nil, fmt.Errorf("open job queue %s: %w", name, err)
		}
		q.db = stdlib.OpenDBFromPool(pool)
		q.close = func() {
			q.db.Close()
			pool.Close()
		}
		return q, nil
	}
	db, err := sql.Open("sqlite", store.SQLiteDSN(dsn))
	if err != nil {
		return nil, fmt.Errorf("open job queue %s: %w", name, err)
	}
	// River's SQLite driver runs queries from several goroutines; one
	// connection makes them wait for each other instead of failing with
	// SQLITE_BUSY.
	db.SetMaxOpenConns(1)
	if q.c, err = newClient(ctx, riversqlite.New(db), q, nil); err != nil {
		db.Close()
		return nil, fmt.Errorf("open job queue %s: %w", name, err)
	}
	q.db = db
	q.close = func() { db.Close() }
	return q, nil
}

// riverMigrationKey is the advisory lock of River's migrations in a
// PostgreSQL schema.
const riverMigrationKey = `hashtext('unbiased river migrate ' || current_schema())`

// migrationLock runs River's migrations on PostgreSQL while it holds
// riverMigrationKey, a session advisory lock on a connection of its own,
// so that workers starting on one new or upgraded database at the same
// moment migrate it one at a time, each later one finding the work done.
// (River's migrations cannot share one transaction, and SQLite's write
// lock serialises them there.)
func migrationLock(pool *pgxpool.Pool) func(context.Context, func() error) error {
	return func(ctx context.Context, migrate func() error) error {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			return err
		}
		defer conn.Release()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+riverMigrationKey+`)`); err != nil {
			return err
		}
		defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+riverMigrationKey+`)`)
		return migrate()
	}
}

// newClient migrates River's tables with drv, inside exclusive when it
// is not nil (see migrationLock), and makes the client, with the workers
// when q has a pipeline.
func newClient[TTx any](ctx context.Context, drv riverdriver.Driver[TTx], q *Queue, exclusive func(context.Context, func() error) error) (client, error) {
	// River tells of each migration, and of its workers every few
	// seconds, at Info: only its warnings and errors reach the desk's
	// log, and the workers log what the jobs do (see Queue.failed).
	rlog := slog.New(warnings{q.cfg.Log.Handler()})
	m, err := rivermigrate.New(drv, &rivermigrate.Config{Logger: rlog})
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	migrate := func() error {
		_, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
		return err
	}
	if exclusive != nil {
		err = exclusive(ctx, migrate)
	} else {
		err = migrate()
	}
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	rc := &river.Config{
		ID:          q.cfg.ID,
		Logger:      rlog,
		RetryPolicy: q.cfg.RetryPolicy,
		// Failed jobs are kept, none deleted, for `jobs list` and the
		// admin overview; completed ones River keeps a day.
		DiscardedJobRetentionPeriod: -1,
		// A feed or page is fetched within a minute (fetch.Options
		// Deadline); a rebuild has longer (RebuildTimeout), though its
		// job's deadline is RescueAfter (rebuildWorker.Timeout). A job
		// held by a desk that was killed is taken up again after
		// RescueStuckJobsAfter; a rebuild that runs longer is taken up
		// too, and the second run leaves the work to the first by the
		// store's rebuild lock.
		JobTimeout:           min(JobTimeout, q.cfg.RescueAfter),
		RescueStuckJobsAfter: q.cfg.RescueAfter,
		SoftStopTimeout:      StopTimeout,
		Workers:              river.NewWorkers(),
	}
	addWorkers(rc.Workers, q)
	if q.cfg.Pipeline != nil {
		rc.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: q.cfg.Workers}}
	}
	return river.NewClient(drv, rc)
}

// Start works jobs until ctx ends or Stop is called. Only a queue opened
// with a pipeline works jobs.
func (q *Queue) Start(ctx context.Context) error {
	if q.cfg.Pipeline == nil {
		return errors.New("job queue: no pipeline to work jobs with")
	}
	if err := q.c.Start(ctx); err != nil {
		return err
	}
	context.AfterFunc(ctx, q.halt.stopping)
	return nil
}

// Stop waits for the jobs under way to finish, or ctx to end, and stops
// working jobs. A queue that has stopped is not started again.
func (q *Queue) Stop(ctx context.Context) error {
	q.halt.stopping()
	return q.c.Stop(ctx)
}

// Close closes the queue's connections; the queue must be stopped first.
func (q *Queue) Close() { q.close() }

// warnings passes on the records of Warn level and above.
type warnings struct{ slog.Handler }

func (w warnings) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn && w.Handler.Enabled(ctx, l)
}

func (w warnings) WithAttrs(attrs []slog.Attr) slog.Handler {
	return warnings{w.Handler.WithAttrs(attrs)}
}

func (w warnings) WithGroup(name string) slog.Handler { return warnings{w.Handler.WithGroup(name)} }
