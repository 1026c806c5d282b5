package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(cleanDemo{m}, map[string]func(){
		"unbiased": func() {
			os.Exit(Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}.Run(context.Background(), os.Args[1:]))
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script: usage
// errors, exit codes, and one-line error messages.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}

// cleanDemo runs the tests, then removes the demo's database folder.
type cleanDemo struct{ m *testing.M }

func (c cleanDemo) Run() int {
	code := c.m.Run()
	if demoDB != "" {
		os.RemoveAll(filepath.Dir(demoDB))
	}
	return code
}
