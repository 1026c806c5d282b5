//go:build unix

package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	workerKills = flag.Int("worker.kills", 3, "TestWorkerCrashSafety: how many times the worker is killed on each database")
	workerSeed  = flag.Uint64("worker.seed", 1, "TestWorkerCrashSafety: seed of the moments the worker is killed")
)

// workerRescue is how long the killed worker's jobs wait before they are
// taken for stuck (--job-rescue-after): short, so that the test does not
// wait River's five minutes, and longer than a loopback fetch.
const workerRescue = "5s"

// workerPageDelay is how long the farm takes to answer, so that the
// worker's jobs are at work for some of the time, and some kills find
// them running.
const workerPageDelay = 300 * time.Millisecond

// workerPoll is how often the test looks whether the worker is done.
const workerPoll = 200 * time.Millisecond

// TestWorkerCrashSafety kills 'serve --role worker' with SIGKILL at
// random moments while it works the job queue, restarts it, and checks
// that nothing is lost or doubled and that the end is what an
// uninterrupted worker makes.
//
// The worker is the unbiased command run as a process of its own, as in
// TestCrashSafety, reading the crash farm's outlets (imported with
// 'sources import') into a database of its own. An uninterrupted worker
// into a fresh database is the reference: it runs until it is done (every
// report of the farm stored and in a story, every feed read, and no job
// left waiting or running), and tells how long that takes. Then a second
// worker is killed -worker.kills times, each time at a moment drawn
// uniformly over that time, counted from its start, and restarted; the
// last run goes on until it is done. A killed worker leaves the jobs it
// was running as running in River's table: they are queued again once
// --job-rescue-after has passed (set short here), so that the last run
// is done only when River's rescuer has returned every one of them.
//
// After every kill the database is checked as TestCrashSafety checks it
// (sound, every report stored before still there, none twice); at the
// end it holds every report once, has read every feed, and holds the
// stories and pages of the reference.
//
// It runs on SQLite, and on PostgreSQL when UNBIASED_TEST_POSTGRES is set.
// The kill points come from -worker.seed; more kills:
//
//	go test ./cmd/unbiased -run TestWorkerCrashSafety -worker.kills=30 -timeout 30m
func TestWorkerCrashSafety(t *testing.T) {
	crashEachDB(t, workerPageDelay, crashWorker)
}

func crashWorker(t *testing.T, farm *crashFarm, bin, referenceDB, db string) {
	desk := deskProcess{bin: bin, env: deskEnv()}
	desk.run(t, deskCommand{"sources import", []string{"sources", "import", "--db", referenceDB, farm.catalogue}}, -1)
	r := runWorker(t, desk, farm, referenceDB, -1)
	t.Logf("uninterrupted worker done in %v", r.took.Round(time.Millisecond))
	want := checkComplete(t, farm, referenceDB, "the uninterrupted worker")

	desk.run(t, deskCommand{"sources import", []string{"sources", "import", "--db", db, farm.catalogue}}, -1)
	t.Logf("%d kills, seed %d (-worker.seed=%d replays them)", *workerKills, *workerSeed, *workerSeed)
	rng := rand.New(rand.NewPCG(*workerSeed, 0x5eed))
	seen := map[string]bool{}
	for k := 1; k <= *workerKills; k++ {
		kill := time.Duration(rng.Int64N(int64(r.took)))
		runWorker(t, desk, farm, db, kill)
		when := fmt.Sprintf("kill %d of %d (%v into its run; jobs left running: %s)", k, *workerKills, kill.Round(time.Millisecond), leftRunning(t, db))
		t.Log(when)
		checkKilled(t, farm, db, seen, "after "+when)
		if t.Failed() {
			t.FailNow()
		}
	}
	r = runWorker(t, desk, farm, db, -1)
	t.Logf("the killed worker done in %v after its last restart", r.took.Round(time.Millisecond))
	got := checkComplete(t, farm, db, "the killed worker")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after %d kills the stories differ from an uninterrupted worker's (-uninterrupted +killed):\n%s", *workerKills, diff)
	}
}

// runWorker runs 'serve --role worker' on db. With kill at zero or more
// it kills the worker with SIGKILL once kill has passed; otherwise it
// waits until the worker is done (workerDone) and then kills it, and
// fails the test when that takes longer than crashHang.
func runWorker(t *testing.T, desk deskProcess, farm *crashFarm, db string, kill time.Duration) deskRun {
	t.Helper()
	cmd := exec.Command(desk.bin, "serve", "--role", "worker", "--db", db, "--allow-private",
		"--tick", "1s", "--job-rescue-after", workerRescue, "--rebuild-delay", "1s")
	cmd.Env = desk.env
	var out lockedBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("serve --role worker: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
	}
	if kill >= 0 {
		select {
		case err := <-exited:
			t.Fatalf("serve --role worker exited before it was killed: %v\n%s", err, out.String())
		case <-time.After(kill):
			stop()
		}
		return deskRun{killed: true, took: time.Since(start), output: out.String()}
	}
	tick := time.NewTicker(workerPoll)
	defer tick.Stop()
	for left := "not looked yet"; left != ""; left = workerLeft(t, farm, db) {
		if time.Since(start) > crashHang {
			stop()
			t.Fatalf("the worker was not done within %v: %s\n%s", crashHang, left, out.String())
		}
		select {
		case err := <-exited:
			t.Fatalf("serve --role worker exited: %v\n%s", err, out.String())
		case <-tick.C:
		}
	}
	took := time.Since(start)
	stop()
	return deskRun{took: took, output: out.String()}
}

// workerLeft says what a worker has still to do in db, or "" when it is
// done: every report of the farm stored and in a story, every feed read,
// and no job waiting or running.
func workerLeft(t *testing.T, farm *crashFarm, db string) string {
	t.Helper()
	if !hasArticles(t, db) {
		return "no tables yet"
	}
	ro := openReadOnly(t, db)
	defer ro.Close()
	checks := []struct{ what, query string }{
		{"reports stored", `SELECT count(*) FROM articles`},
		{"reports in no story", `SELECT count(*) FROM articles a
			WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`},
		{"feeds never read", `SELECT count(*) FROM feeds WHERE last_success_at IS NULL`},
		{"jobs waiting or running", `SELECT count(*) FROM river_job
			WHERE state IN ('available', 'pending', 'retryable', 'running', 'scheduled')`},
	}
	var left bytes.Buffer
	for i, c := range checks {
		var n int
		if err := ro.QueryRow(c.query).Scan(&n); err != nil {
			// River's tables come after the desk's: a worker killed
			// as it starts may not have made them.
			return fmt.Sprintf("%s: %v", c.what, err)
		}
		if i == 0 && n != len(farm.articles) || i > 0 && n > 0 {
			fmt.Fprintf(&left, "%s: %d; ", c.what, n)
		}
	}
	return left.String()
}

// leftRunning names the jobs that a killed worker left running in db,
// counted by kind, for the log: a worker killed as it starts may have
// made no table yet.
func leftRunning(t *testing.T, db string) string {
	t.Helper()
	if !hasArticles(t, db) {
		return "none, no tables yet"
	}
	ro := openReadOnly(t, db)
	defer ro.Close()
	if err := ro.QueryRow(`SELECT count(*) FROM river_job`).Scan(new(int)); err != nil {
		return fmt.Sprintf("none, no job table yet (%v)", err)
	}
	running := queryStrings(t, ro, `SELECT kind || ' ' || count(*) FROM river_job WHERE state = 'running' GROUP BY kind ORDER BY kind`)
	if len(running) == 0 {
		return "none"
	}
	return strings.Join(running, ", ")
}
