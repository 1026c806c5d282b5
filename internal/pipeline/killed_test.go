package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/store"
)

// A desk killed while it rebuilds holds back no other: a rebuild on its
// database right after the kill writes the stories, where it would
// otherwise leave them to the dead desk.
func TestRebuildAfterTheRebuildingDeskWasKilled(t *testing.T) {
	if path := os.Getenv("UNBIASED_TEST_REBUILDING_DESK"); path != "" {
		rebuildUntilKilled(path)
	}
	path := filepath.Join(t.TempDir(), "desk.db")
	p := ingestedDemo(t, path)
	desk := exec.Command(os.Args[0], "-test.run=^TestRebuildAfterTheRebuildingDeskWasKilled$")
	desk.Env = append(os.Environ(), "UNBIASED_TEST_REBUILDING_DESK="+path)
	out, err := desk.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := desk.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		desk.Process.Kill()
		desk.Wait()
	})
	if line, err := bufio.NewReader(out).ReadString('\n'); line != "writing\n" {
		t.Fatalf("the rebuilding desk said %q, %v", line, err)
	}
	desk.Process.Kill()
	desk.Wait()
	rep, err := p.Rebuild(context.Background(), testWriting())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Elsewhere {
		t.Fatal("the rebuild left the stories to the desk that was killed")
	}
	if rep.Published == 0 {
		t.Errorf("the rebuild after the kill published nothing: %+v", rep)
	}
}

// rebuildUntilKilled is the desk of TestRebuildAfterTheRebuildingDeskWasKilled:
// it rebuilds the stories of the database at path and, about to write
// the first, says so and waits to be killed.
func rebuildUntilKilled(path string) {
	st, err := store.Open(context.Background(), path, store.WithClock(now))
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	p := &Pipeline{Store: st, Now: now, WriteProgress: func(done, total int) {
		fmt.Println("writing")
		time.Sleep(time.Hour)
	}}
	_, err = p.Rebuild(context.Background(), testWriting())
	fmt.Println("rebuilt without waiting:", err)
	os.Exit(1)
}
