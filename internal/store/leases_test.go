package store

import (
	"context"
	"testing"
	"time"
)

func TestLeases(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		now := t0
		a, err := Open(ctx, dsn, WithClock(func() time.Time { return now }))
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		take := func(holder string) bool {
			t.Helper()
			ok, err := a.TakeLease(ctx, "rebuild", holder, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		if !take("desk-1") {
			t.Fatal("a free lease was not given")
		}
		if take("desk-2") {
			t.Error("a lease held by another desk was given")
		}
		if !take("desk-1") {
			t.Error("the holder could not extend its lease")
		}
		now = now.Add(2 * time.Minute)
		if !take("desk-2") {
			t.Error("a lease whose time had passed was not given")
		}
		if err := a.ReleaseLease(ctx, "rebuild", "desk-1"); err != nil {
			t.Fatal(err)
		}
		if take("desk-1") {
			t.Error("giving back a lease one does not hold freed it")
		}
		if err := a.ReleaseLease(ctx, "rebuild", "desk-2"); err != nil {
			t.Fatal(err)
		}
		if !take("desk-1") {
			t.Error("a lease given back was not free")
		}
	})
}
