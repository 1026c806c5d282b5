package config

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func load(t *testing.T, file string, env map[string]string, args ...string) (Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := Register(fs)
	if file != "" {
		path := filepath.Join(t.TempDir(), "unbiased.toml")
		if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append([]string{"--config", path}, args...)
	}
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	return f.Load(func(k string) string { return env[k] })
}

func TestPrecedence(t *testing.T) {
	file := "site_name = \"File Post\"\ndesk = \"File desk\"\ntime_zone = \"Europe/London\"\n"
	env := map[string]string{"UNBIASED_DESK": "Env desk", "UNBIASED_TIME_ZONE": "Asia/Tokyo", "UNBIASED_ALLOW_PRIVATE": "true"}
	cfg, err := load(t, file, env, "--time-zone", "America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.SiteName != "File Post" || cfg.Desk != "Env desk" || cfg.TimeZone != "America/Chicago" || !cfg.AllowPrivate {
		t.Errorf("got %+v; want file < env < flag", cfg)
	}
	if cfg.Addr != "127.0.0.1:8080" || cfg.DB != "unbiased.db" {
		t.Errorf("defaults lost: %+v", cfg)
	}
	if got := cfg.Location().String(); got != "America/Chicago" {
		t.Errorf("Location = %s", got)
	}
}

// TestAdminAddresses: the admin listener's addresses that are accepted.
func TestAdminAddresses(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:8081", "[::1]:8081", "localhost:8081", "127.0.0.2:0", "unix:/run/unbiased/admin.sock"} {
		if cfg, err := load(t, "", nil, "--admin-addr", addr); err != nil || cfg.AdminAddr != addr {
			t.Errorf("--admin-addr %s: %v, %q", addr, err, cfg.AdminAddr)
		}
	}
}

func TestErrorsNameTheSetting(t *testing.T) {
	tests := []struct {
		name, file string
		env        map[string]string
		args       []string
		want       string
	}{
		{"bad zone", "", nil, []string{"--time-zone", "Mars/Olympus"}, `time zone "Mars/Olympus"`},
		{"no date", "", nil, []string{"--date-format", "weekday"}, `date format "weekday"`},
		{"bad base", "", nil, []string{"--base-url", "ftp://x"}, `base URL "ftp://x"`},
		{"bad contact", "", nil, []string{"--contact", "call me (maybe)"}, `contact "call me (maybe)"`},
		{"public admin address", "", nil, []string{"--admin-addr", "0.0.0.0:8081"}, `must be on loopback`},
		{"admin address without port", "", nil, []string{"--admin-addr", "127.0.0.1"}, `admin address "127.0.0.1": want a loopback HOST:PORT`},
		{"admin address is the site's", "", nil, []string{"--addr", "127.0.0.1:9000", "--admin-addr", "127.0.0.1:9000"}, `also the site's address`},
		{"admin socket without path", "", map[string]string{"UNBIASED_ADMIN_ADDR": "unix:"}, nil, `want unix:PATH`},
		{"unknown key", "colour = \"red\"\n", nil, nil, `unknown setting "colour"`},
		{"bad toml", "site_name = \n", nil, nil, "config "},
		{"bad bool", "", map[string]string{"UNBIASED_ALLOW_PRIVATE": "perhaps"}, nil, "UNBIASED_ALLOW_PRIVATE"},
		{"keep text not a time", "", nil, []string{"--keep-text", "a while"}, `keep text "a while": want days (90d) or a duration`},
		{"keep text in part days", "keep_text = \"1.5d\"\n", nil, nil, `keep text "1.5d": want a whole number of days`},
		{"keep text within the window", "", map[string]string{"UNBIASED_KEEP_TEXT": "7d"}, nil, `keep text "7d": at least 15d`},
		{"story quiet not a time", "story_quiet = \"soon\"\n", nil, nil, `story quiet "soon": want days (90d) or a duration`},
		{"job rescue not a time", "", nil, []string{"--job-rescue-after", "later"}, `job rescue after "later": want a duration of at least 1s`},
		{"job rescue too short", "job_rescue_after = \"500ms\"\n", nil, nil, `job rescue after "500ms": want a duration of at least 1s`},
		{"rebuild delay not a time", "", map[string]string{"UNBIASED_REBUILD_DELAY": "10"}, nil, `rebuild delay "10": want a duration of at least 1s`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.file, tt.env, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v; want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestKeepText: days or a Go duration; empty keeps text for ever.
func TestKeepText(t *testing.T) {
	for in, want := range map[string]time.Duration{"": 0, "90d": 90 * 24 * time.Hour, "2160h": 90 * 24 * time.Hour, "15d": MinKeepText} {
		cfg, err := load(t, "", nil, "--keep-text", in)
		if err != nil {
			t.Errorf("--keep-text %q: %v", in, err)
			continue
		}
		if got := cfg.KeepTextFor(); got != want {
			t.Errorf("--keep-text %q: %v, want %v", in, got, want)
		}
	}
}

// TestStoryQuiet: days or a Go duration, from a flag, the environment or
// the file; empty leaves the clusterer's default.
func TestStoryQuiet(t *testing.T) {
	for _, tt := range []struct {
		file string
		env  map[string]string
		args []string
		want time.Duration
	}{
		{"", nil, nil, 0},
		{"", nil, []string{"--story-quiet", "2d"}, 48 * time.Hour},
		{"", map[string]string{"UNBIASED_STORY_QUIET": "36h"}, nil, 36 * time.Hour},
		{"story_quiet = \"6d\"\n", nil, nil, 6 * 24 * time.Hour},
	} {
		cfg, err := load(t, tt.file, tt.env, tt.args...)
		if err != nil {
			t.Errorf("%q %v %v: %v", tt.file, tt.env, tt.args, err)
			continue
		}
		if got := cfg.StoryQuietFor(); got != tt.want {
			t.Errorf("%q %v %v: %v, want %v", tt.file, tt.env, tt.args, got, tt.want)
		}
	}
}

// TestJobDurations: the job queue's times as Go durations, from a flag,
// the environment or the file; empty leaves the job queue's defaults.
func TestJobDurations(t *testing.T) {
	for _, tt := range []struct {
		file            string
		env             map[string]string
		args            []string
		rescue, rebuild time.Duration
	}{
		{"", nil, nil, 0, 0},
		{"", nil, []string{"--job-rescue-after", "90s", "--rebuild-delay", "1m"}, 90 * time.Second, time.Minute},
		{"", map[string]string{"UNBIASED_JOB_RESCUE_AFTER": "10m", "UNBIASED_REBUILD_DELAY": "2s"}, nil, 10 * time.Minute, 2 * time.Second},
		{"job_rescue_after = \"1s\"\nrebuild_delay = \"1s\"\n", nil, nil, MinJobRescueAfter, MinRebuildDelay},
	} {
		cfg, err := load(t, tt.file, tt.env, tt.args...)
		if err != nil {
			t.Errorf("%q %v %v: %v", tt.file, tt.env, tt.args, err)
			continue
		}
		if got := cfg.JobRescueAfterFor(); got != tt.rescue {
			t.Errorf("%q %v %v: job rescue after %v, want %v", tt.file, tt.env, tt.args, got, tt.rescue)
		}
		if got := cfg.RebuildDelayFor(); got != tt.rebuild {
			t.Errorf("%q %v %v: rebuild delay %v, want %v", tt.file, tt.env, tt.args, got, tt.rebuild)
		}
	}
}
