package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// One store at a time holds a lock, among the stores that share a
// database, until it gives the lock back.
func TestLock(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		a, b := openTest(t, dsn), openTest(t, dsn)
		la, ok, err := a.TryLock(ctx, "rebuild")
		if err != nil || !ok {
			t.Fatalf("a free lock was not given: %v, %v", ok, err)
		}
		if _, ok, err := b.TryLock(ctx, "rebuild"); err != nil || ok {
			t.Errorf("a lock held by another store was given: %v, %v", ok, err)
		}
		if _, ok, err := a.TryLock(ctx, "rebuild"); err != nil || ok {
			t.Errorf("a lock was given twice to the store that holds it: %v, %v", ok, err)
		}
		lo, ok, err := b.TryLock(ctx, "other")
		if err != nil || !ok {
			t.Errorf("a lock of another name was not given: %v, %v", ok, err)
		} else if err := lo.Unlock(); err != nil {
			t.Error(err)
		}
		if err := la.Unlock(); err != nil {
			t.Fatal(err)
		}
		if err := la.Unlock(); err != nil {
			t.Errorf("a second Unlock: %v", err)
		}
		lb, ok, err := b.TryLock(ctx, "rebuild")
		if err != nil || !ok {
			t.Fatalf("a lock given back was not free: %v, %v", ok, err)
		}
		if err := lb.Unlock(); err != nil {
			t.Error(err)
		}
	})
}

// A lock is free once the process that held it is killed: a desk that
// dies in the middle of its work holds back no other.
func TestLockOfAKilledProcess(t *testing.T) {
	if dsn := os.Getenv("UNBIASED_TEST_LOCK_HOLDER"); dsn != "" {
		holdLockUntilKilled(dsn)
	}
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		st := openTest(t, dsn)
		holder := exec.Command(os.Args[0], "-test.run=^TestLockOfAKilledProcess$")
		holder.Env = append(os.Environ(), "UNBIASED_TEST_LOCK_HOLDER="+dsn)
		out, err := holder.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := holder.Start(); err != nil {
			t.Fatal(err)
		}
		killed := false
		kill := func() {
			if !killed {
				holder.Process.Kill()
				holder.Wait()
				killed = true
			}
		}
		t.Cleanup(kill)
		if line, err := bufio.NewReader(out).ReadString('\n'); line != "holding\n" {
			t.Fatalf("the holding process said %q, %v", line, err)
		}
		if _, ok, err := st.TryLock(ctx, "rebuild"); err != nil || ok {
			t.Fatalf("a lock held by a live process was given: %v, %v", ok, err)
		}
		kill()
		// The system drops a file's lock as the process ends. PostgreSQL
		// drops a session's lock when its server process sees the
		// connection closed: very soon, but after the kill.
		for try := 0; ; try++ {
			l, ok, err := st.TryLock(ctx, "rebuild")
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				l.Unlock()
				break
			}
			if try == 1000 {
				t.Fatal("the lock of a killed process is still held")
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}

// holdLockUntilKilled is the process of TestLockOfAKilledProcess that
// takes the lock and holds it until it is killed.
func holdLockUntilKilled(dsn string) {
	st, err := Open(context.Background(), dsn)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	if _, ok, err := st.TryLock(context.Background(), "rebuild"); err != nil || !ok {
		fmt.Println(strings.TrimSpace(fmt.Sprint("no lock: ", ok, err)))
		os.Exit(1)
	}
	fmt.Println("holding")
	time.Sleep(time.Hour)
	os.Exit(1)
}
