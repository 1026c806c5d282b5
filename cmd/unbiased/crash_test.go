//go:build unix

package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

var (
	crashKills = flag.Int("crash.kills", 20, "TestCrashSafety: how many times the desk is killed")
	crashSeed  = flag.Uint64("crash.seed", 1, "TestCrashSafety: seed of the moments the desk is killed")
)

// crashHang bounds one run that is not killed: a run that takes longer
// never completes, and the test fails.
const crashHang = 3 * time.Minute

// TestCrashSafety kills the desk with SIGKILL at random moments while it
// reads feeds and writes stories, restarts it, and checks that nothing is
// lost or doubled and that the end is what an uninterrupted desk makes.
//
// The desk is the unbiased command itself, run as a process of its own
// (the test binary under the name testscript.Main gives it), reading the
// demo corpus from a loopback farm (crashFarm) into a database of its
// own. It runs what a user runs: 'sources import' of the farm's outlets,
// 'ingest' of a growing number of their feeds in four rounds, and
// 'stories recluster'. A first, uninterrupted run of these commands into
// a fresh database is the reference, and tells how long each takes. The
// kills fall at moments drawn uniformly over that time (killPlan), so
// that each command is killed about as often as the time it takes, at
// any point of its work: a command is killed at each of its moments in
// turn, counted from the start of the run it kills, and run again until
// it completes. Kills that a command does not live to take (it completed
// first) are drawn again over another run of all the commands, as a desk
// run from cron would run them again.
//
// After every kill the test opens the database read-only and checks that
// every report it saw before is still there, none is stored twice, and
// the database is sound (SQLite's integrity and foreign key checks, and
// no row that points at nothing). At the end every report of the farm is
// stored once, every feed has been read, and the stories (which reports
// make each one) and their pages (without their IDs and write times) are
// those of the reference.
//
// It runs on SQLite, and on PostgreSQL when UNBIASED_TEST_POSTGRES is set.
// The kill points come from -crash.seed, logged with each kill, so that a
// failure can be replayed (as far as the timing of two runs allows). The
// long mode kills the desk 200 times:
//
//	go test ./cmd/unbiased -run TestCrashSafety -crash.kills=200 -timeout 60m
func TestCrashSafety(t *testing.T) {
	crashEachDB(t, 0, crashDesk)
}

// crashEachDB runs a crash test, crash, with the unbiased command that
// TestMain installs and a crash farm answering after delay, on SQLite
// and on PostgreSQL in parallel, each with a database for the reference
// and one for the desk that is killed.
func crashEachDB(t *testing.T, delay time.Duration, crash func(t *testing.T, farm *crashFarm, bin, referenceDB, db string)) {
	bin, err := exec.LookPath("unbiased")
	if err != nil {
		t.Fatalf("the unbiased command that TestMain installs: %v", err)
	}
	farm := newCrashFarm(t, time.Now().UTC().Truncate(time.Second), delay)
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		crash(t, farm, bin, filepath.Join(dir, "reference.db"), filepath.Join(dir, "desk.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		t.Parallel()
		crash(t, farm, bin, testenv.PostgresSchema(t), testenv.PostgresSchema(t))
	})
}

// deskCommand is one command line of the desk.
type deskCommand struct {
	name string
	args []string
}

// deskCommands is what a user runs against db: the farm's outlets, their
// feeds in four rounds of more outlets each, and a regrouping of every
// story.
func deskCommands(farm *crashFarm, db string) []deskCommand {
	cmds := []deskCommand{{"sources import", []string{"sources", "import", "--db", db, farm.catalogue}}}
	const rounds = 4
	for r := 1; r <= rounds; r++ {
		n := (len(farm.outlets)*r + rounds - 1) / rounds
		args := append([]string{"ingest", "--db", db, "--allow-private"}, farm.feeds(n)...)
		cmds = append(cmds, deskCommand{fmt.Sprintf("ingest of %d outlets", n), args})
	}
	return append(cmds, deskCommand{"stories recluster", []string{"stories", "recluster", "--db", db}})
}

// deskEnv is the environment of the desk's processes: the test's own,
// without the settings of the developer's own desk.
func deskEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "UNBIASED_") {
			env = append(env, kv)
		}
	}
	return env
}

func crashDesk(t *testing.T, farm *crashFarm, bin, referenceDB, db string) {
	desk := deskProcess{bin: bin, env: deskEnv()}

	reference := deskCommands(farm, referenceDB)
	took := make([]time.Duration, len(reference))
	for i, c := range reference {
		r := desk.run(t, c, -1)
		took[i] = r.took
		t.Logf("uninterrupted %s: %v", c.name, r.took.Round(time.Millisecond))
	}
	want := checkComplete(t, farm, referenceDB, "the uninterrupted desk")
	published := 0
	for _, page := range want {
		if !strings.HasPrefix(page, "not published") {
			published++
		}
	}
	if published < 8 {
		t.Fatalf("the uninterrupted desk published %d stories of the farm's %d reports; want the demo's ten or so", published, len(farm.articles))
	}

	t.Logf("%d kills, seed %d (-crash.seed=%d replays them)", *crashKills, *crashSeed, *crashSeed)
	rng := rand.New(rand.NewPCG(*crashSeed, 0x5eed))
	seen := map[string]bool{} // every report stored at some kill
	kills := 0
	for pass := 1; kills < *crashKills; pass++ {
		if pass > 2+*crashKills {
			t.Fatalf("%d runs of the commands made only %d kills", pass, kills)
		}
		plan := killPlan(rng, took, *crashKills-kills)
		for i, c := range deskCommands(farm, db) {
			for {
				kill := time.Duration(-1)
				if len(plan[i]) > 0 {
					kill, plan[i] = plan[i][0], plan[i][1:]
				}
				r := desk.run(t, c, kill)
				if !r.killed {
					took[i] = r.took
					break
				}
				kills++
				when := fmt.Sprintf("kill %d of %d (%s, %v into its run, %s; in run %d of the commands)",
					kills, *crashKills, c.name, kill.Round(time.Millisecond), killedWhile(c, r.output), pass)
				t.Log(when)
				checkKilled(t, farm, db, seen, "after "+when)
				if t.Failed() {
					t.FailNow()
				}
			}
		}
	}

	got := checkComplete(t, farm, db, "the killed desk")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after %d kills the stories differ from an uninterrupted desk's (-uninterrupted +killed):\n%s", kills, diff)
	}
}

// checkComplete checks a desk's database once its commands have all
// completed: it is sound, holds every report of the farm once, with its
// text, each in a story, and has read every feed. It returns the desk's
// stories (deskStories).
func checkComplete(t *testing.T, farm *crashFarm, db, desk string) map[string]string {
	t.Helper()
	ro := openReadOnly(t, db)
	defer ro.Close()
	for _, p := range deskProblems(t, ro, db, farm) {
		t.Errorf("%s: %s", desk, p)
	}
	stored := map[string]bool{}
	for _, u := range storedArticles(t, ro) {
		stored[u] = true
	}
	for u := range farm.articles {
		if !stored[u] {
			t.Errorf("%s never stored report %s", desk, u)
		}
	}
	for _, r := range queryStrings(t, ro, `SELECT canonical_url, error FROM articles WHERE error <> '' OR text = ''`) {
		t.Errorf("%s has a report without text: %s", desk, r)
	}
	for _, r := range queryStrings(t, ro, `SELECT url FROM feeds WHERE last_success_at IS NULL`) {
		t.Errorf("%s never read feed %s", desk, r)
	}
	for _, r := range queryStrings(t, ro, `SELECT a.canonical_url FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`) {
		t.Errorf("%s left report %s out of every story", desk, r)
	}
	return deskStories(t, ro)
}

// killPlan spreads n kills at random over one run of commands that take
// as long as took says, and returns for each command the delays after
// which its runs are killed, in the order drawn: a kill 3s into a command
// and then one 1s into it are a kill 3s into its run, then one 1s into
// the run that restarts it. A restarted run has less left to do, so the
// same delay takes it further.
func killPlan(rng *rand.Rand, took []time.Duration, n int) [][]time.Duration {
	var total time.Duration
	for _, d := range took {
		total += d
	}
	plan := make([][]time.Duration, len(took))
	for range n {
		m := time.Duration(rng.Int64N(int64(total)))
		for i, d := range took {
			if m < d {
				plan[i] = append(plan[i], m)
				break
			}
			m -= d
		}
	}
	return plan
}

// killedWhile tells, from what a killed run had printed, what it was
// doing: a run of ingest prints its feeds once it has read them, and its
// stories once it has written them.
func killedWhile(c deskCommand, output string) string {
	switch {
	case strings.Contains(output, "stories:"):
		return "about to exit"
	case c.args[0] != "ingest":
		return "at work"
	case strings.Contains(output, "ok   ") || strings.Contains(output, "FAIL "):
		return "writing stories"
	}
	return "reading feeds"
}

// checkKilled checks a desk's database right after the desk was killed:
// it is sound, and holds every report in seen, each once. It adds the
// reports stored now to seen.
func checkKilled(t *testing.T, farm *crashFarm, db string, seen map[string]bool, when string) {
	t.Helper()
	if !hasArticles(t, db) {
		if len(seen) > 0 {
			t.Errorf("%s: the database has lost its reports", when)
		}
		return
	}
	ro := openReadOnly(t, db)
	defer ro.Close()
	for _, p := range deskProblems(t, ro, db, farm) {
		t.Errorf("%s: %s", when, p)
	}
	have := map[string]bool{}
	for _, u := range storedArticles(t, ro) {
		have[u] = true
	}
	for u := range seen {
		if !have[u] {
			t.Errorf("%s: report %s, stored before, is gone", when, u)
		}
	}
	for u := range have {
		seen[u] = true
	}
}

// deskProcess runs the desk's command line as a process of its own.
type deskProcess struct {
	bin string
	env []string
}

// deskRun is how one run of a command went.
type deskRun struct {
	killed bool
	took   time.Duration
	output string
}

// run runs c; with kill at zero or more it kills the process with
// SIGKILL once kill has passed. A run that is not killed must complete,
// with exit status 0, within crashHang.
func (d deskProcess) run(t *testing.T, c deskCommand, kill time.Duration) deskRun {
	t.Helper()
	cmd := exec.Command(d.bin, c.args...)
	cmd.Env = d.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	limit := kill
	if kill < 0 {
		limit = crashHang
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(limit):
		cmd.Process.Signal(syscall.SIGKILL)
		err = <-done
	}
	r := deskRun{took: time.Since(start), output: out.String()}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
		if kill < 0 {
			t.Fatalf("%s did not complete within %v:\n%s", c.name, crashHang, r.output)
		}
		r.killed = true
		return r
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", c.name, err, r.output)
	}
	// Only one desk reads this database: a run that leaves the stories
	// to another desk has found the claim of a desk that was killed.
	if strings.Contains(r.output, "left to the desk that is rebuilding") {
		t.Fatalf("%s left the stories to another desk, and none runs:\n%s", c.name, r.output)
	}
	return r
}
