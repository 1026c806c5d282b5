// Package config holds the desk's settings in one Config value. Values
// come from, in rising order of precedence: the defaults, an optional TOML
// file, UNBIASED_* environment variables, and command-line flags.
package config

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on machines without a zoneinfo database

	"github.com/BurntSushi/toml"
)

// Config is every setting of the desk.
type Config struct {
	SiteName     string `toml:"site_name"`
	Desk         string `toml:"desk"`
	TimeZone     string `toml:"time_zone"`
	DateFormat   string `toml:"date_format"` // Go time layout for the date line
	BaseURL      string `toml:"base_url"`
	DB           string `toml:"db"`
	Addr         string `toml:"addr"`
	AllowPrivate bool   `toml:"allow_private"`
	UserAgent    string `toml:"user_agent"`
	AdminToken   string `toml:"admin_token"`
	// AdminAddr is a second listener for the admin pages, on a loopback
	// HOST:PORT or a Unix socket (unix:PATH), that admits requests from
	// this machine without the token. Empty means none.
	AdminAddr string `toml:"admin_addr"`
	// BiasModel is a loaded-language model file from "unbiased train
	// bias"; the writer then also refuses the sentences it calls biased.
	BiasModel string `toml:"bias_model"`
	// Contact is a URL (or mailto:) where site owners can reach whoever
	// runs this desk; it is sent in the User-Agent.
	Contact string `toml:"contact"`
	// KeepText is how long the text of a stored report is kept after it
	// was first seen, in days ("90d") or as a Go duration ("2160h");
	// empty keeps it for ever. The rest of the report stays. It must be
	// at least MinKeepText: a rebuild reads the text of the last 14 days.
	KeepText string `toml:"keep_text"`
	// StoryQuiet is how long a story takes new reports after its latest
	// one, in days ("4d") or as a Go duration ("96h"); a later report of
	// the same event starts a new story. Empty means 4 days.
	StoryQuiet string `toml:"story_quiet"`
	// JobRescueAfter is how long a job may run before it is taken for
	// stuck and queued again, as a Go duration ("5m"): the jobs that a
	// killed worker was running wait that long, and up to half a minute
	// more. Empty means 5 minutes (jobs.DefaultRescueAfter). A job other
	// than a rebuild is also cut off after that long when it is shorter
	// than two minutes.
	JobRescueAfter string `toml:"job_rescue_after"`
	// RebuildDelay is how long after a report is stored the stories are
	// rebuilt, as a Go duration ("10s"), so that the reports of one round
	// of checks share a rebuild. Empty means 10 seconds
	// (jobs.DefaultRebuildDelay).
	RebuildDelay string `toml:"rebuild_delay"`
}

// MinJobRescueAfter is the shortest JobRescueAfter.
const MinJobRescueAfter = time.Second

// MinRebuildDelay is the shortest RebuildDelay.
const MinRebuildDelay = time.Second

// JobRescueAfterFor is JobRescueAfter as a duration; 0 means the
// default. Validate has checked that it parses.
func (c Config) JobRescueAfterFor() time.Duration { return duration(c.JobRescueAfter) }

// RebuildDelayFor is RebuildDelay as a duration; 0 means the default.
// Validate has checked that it parses.
func (c Config) RebuildDelayFor() time.Duration { return duration(c.RebuildDelay) }

// duration reads a setting given as a Go duration; "" is 0.
func duration(s string) time.Duration {
	d, _ := time.ParseDuration(strings.TrimSpace(s))
	return d
}

// checkDuration checks a setting given as a Go duration of at least min,
// or empty.
func checkDuration(what, s string, min time.Duration) error {
	if v := strings.TrimSpace(s); v != "" {
		if d, err := time.ParseDuration(v); err != nil || d < min {
			return fmt.Errorf("config: %s %q: want a duration of at least %v, such as 5m or 90s", what, s, min)
		}
	}
	return nil
}

// StoryQuietFor is StoryQuiet as a duration; 0 means the default.
// Validate has checked that it parses.
func (c Config) StoryQuietFor() time.Duration {
	d, _ := parseKeep(c.StoryQuiet)
	return d
}

// MinKeepText is the shortest KeepText: longer than the 14 days of
// reports a rebuild reads, whose text it needs.
const MinKeepText = 15 * 24 * time.Hour

// KeepTextFor is KeepText as a duration; 0 means for ever. Validate has
// checked that it parses.
func (c Config) KeepTextFor() time.Duration {
	d, _ := parseKeep(c.KeepText)
	return d
}

// parseKeep reads a KeepText: "" (0, for ever), whole days ("90d") or a
// Go duration ("2160h").
func parseKeep(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 {
			return 0, errors.New("want a whole number of days")
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, errors.New("want days (90d) or a duration (2160h)")
	}
	return d, nil
}

// Default returns the settings used when nothing else is said.
func Default() Config {
	return Config{
		SiteName:   "The Unbiased Post",
		Desk:       "The Unbiased Post desk",
		TimeZone:   "UTC",
		DateFormat: "Monday 02/01/2006",
		DB:         "unbiased.db",
		Addr:       "127.0.0.1:8080",
		UserAgent:  "UnbiasedPost/0.1",
	}
}

// setting ties one field to its flag, environment variable and file key.
type setting struct {
	name  string // flag name and, upper-cased, the environment suffix
	usage string
	str   func(*Config) *string
	boolp func(*Config) *bool
}

var settings = []setting{
	{name: "site-name", usage: "site name shown in the masthead", str: func(c *Config) *string { return &c.SiteName }},
	{name: "desk", usage: "desk name shown in bylines", str: func(c *Config) *string { return &c.Desk }},
	{name: "time-zone", usage: "IANA time zone for date lines", str: func(c *Config) *string { return &c.TimeZone }},
	{name: "date-format", usage: "Go time layout of the date line", str: func(c *Config) *string { return &c.DateFormat }},
	{name: "base-url", usage: "public base URL of the site, for absolute links", str: func(c *Config) *string { return &c.BaseURL }},
	{name: "db", usage: "database: a SQLite file path, or a postgres:// URL", str: func(c *Config) *string { return &c.DB }},
	{name: "addr", usage: "HOST:PORT to serve on", str: func(c *Config) *string { return &c.Addr }},
	{name: "allow-private", usage: "allow requests to loopback and private addresses", boolp: func(c *Config) *bool { return &c.AllowPrivate }},
	{name: "user-agent", usage: "User-Agent sent with every request", str: func(c *Config) *string { return &c.UserAgent }},
	{name: "contact", usage: "URL or mailto: address sent in the User-Agent so that sites can reach you", str: func(c *Config) *string { return &c.Contact }},
	{name: "admin-token", usage: "token that opens the admin pages (sign in at /admin/login, or send it as a Bearer token)", str: func(c *Config) *string { return &c.AdminToken }},
	{name: "admin-addr", usage: "loopback HOST:PORT or unix:PATH of a separate admin listener that admits this machine without the token; never proxy it", str: func(c *Config) *string { return &c.AdminAddr }},
	{name: "keep-text", usage: "how long a stored report's text is kept after it was first seen, as 90d or 2160h (at least 15d); empty keeps it for ever, and the rest of the report is always kept", str: func(c *Config) *string { return &c.KeepText }},
	{name: "story-quiet", usage: "how long a story takes new reports after its latest one, as 4d or 96h (default 4d); a later report of the same event starts a new story", str: func(c *Config) *string { return &c.StoryQuiet }},
	{name: "job-rescue-after", usage: "how long a job may run before it is taken for stuck and queued again, as 5m or 90s (default 5m): the jobs of a killed worker wait that long, and up to 30s more", str: func(c *Config) *string { return &c.JobRescueAfter }},
	{name: "rebuild-delay", usage: "how long after a report is stored serve rebuilds the stories, as 10s or 1m (default 10s), so that the reports of one round of checks share a rebuild", str: func(c *Config) *string { return &c.RebuildDelay }},
	{name: "bias-model", usage: "loaded-language model from 'unbiased train bias': the writer also leaves out the sentences it calls biased", str: func(c *Config) *string { return &c.BiasModel }},
}

// Flags registers the settings named in names (all when names is empty)
// and --config on fs. Call Load after fs.Parse.
type Flags struct {
	fs     *flag.FlagSet
	values Config
	config string
}

// Register adds the named settings' flags to fs.
func Register(fs *flag.FlagSet, names ...string) *Flags {
	f := &Flags{fs: fs, values: Default()}
	fs.StringVar(&f.config, "config", "", "optional TOML settings file (also UNBIASED_CONFIG)")
	for _, s := range settings {
		if len(names) > 0 && !contains(names, s.name) {
			continue
		}
		if s.boolp != nil {
			fs.BoolVar(s.boolp(&f.values), s.name, *s.boolp(&f.values), s.usage)
		} else {
			fs.StringVar(s.str(&f.values), s.name, *s.str(&f.values), s.usage)
		}
	}
	return f
}

// Load builds the Config: defaults, then the TOML file (--config or
// UNBIASED_CONFIG), then UNBIASED_* variables read through getenv, then
// the flags that were set. It validates the result.
func (f *Flags) Load(getenv func(string) string) (Config, error) {
	cfg := Default()
	path := f.config
	if path == "" {
		path = getenv("UNBIASED_CONFIG")
	}
	if path != "" {
		if err := loadFile(path, &cfg); err != nil {
			return cfg, err
		}
	}
	for _, s := range settings {
		env := "UNBIASED_" + strings.ToUpper(strings.ReplaceAll(s.name, "-", "_"))
		v := getenv(env)
		if v == "" {
			continue
		}
		if s.boolp != nil {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return cfg, fmt.Errorf("config: %s=%q: not a boolean", env, v)
			}
			*s.boolp(&cfg) = b
		} else {
			*s.str(&cfg) = v
		}
	}
	f.fs.Visit(func(fl *flag.Flag) {
		for _, s := range settings {
			if s.name != fl.Name {
				continue
			}
			if s.boolp != nil {
				*s.boolp(&cfg) = *s.boolp(&f.values)
			} else {
				*s.str(&cfg) = *s.str(&f.values)
			}
		}
	})
	return cfg, cfg.Validate()
}

func loadFile(path string, cfg *Config) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	md, err := toml.Decode(string(data), cfg)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return fmt.Errorf("config %s: unknown setting %q", path, und[0].String())
	}
	return nil
}

// Validate reports the first setting that cannot work.
func (c Config) Validate() error {
	if strings.TrimSpace(c.SiteName) == "" {
		return errors.New("config: site name is empty")
	}
	if _, err := time.LoadLocation(c.TimeZone); err != nil {
		return fmt.Errorf("config: time zone %q: unknown", c.TimeZone)
	}
	if c.DateFormat == "" || time.Date(2026, 2, 22, 0, 0, 0, 0, time.UTC).Format(c.DateFormat) == c.DateFormat {
		return fmt.Errorf("config: date format %q has no date in it (use a Go layout such as \"Monday 02/01/2006\")", c.DateFormat)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("config: base URL %q: want an absolute http or https URL", c.BaseURL)
		}
	}
	if c.DB == "" {
		return errors.New("config: database path is empty")
	}
	if err := validAdminAddr(c.AdminAddr, c.Addr); err != nil {
		return err
	}
	if d, err := parseKeep(c.KeepText); err != nil {
		return fmt.Errorf("config: keep text %q: %v", c.KeepText, err)
	} else if d > 0 && d < MinKeepText {
		return fmt.Errorf("config: keep text %q: at least %dd, longer than the 14 days of reports a rebuild reads", c.KeepText, MinKeepText/(24*time.Hour))
	}
	if _, err := parseKeep(c.StoryQuiet); err != nil {
		return fmt.Errorf("config: story quiet %q: %v", c.StoryQuiet, err)
	}
	if err := checkDuration("job rescue after", c.JobRescueAfter, MinJobRescueAfter); err != nil {
		return err
	}
	if err := checkDuration("rebuild delay", c.RebuildDelay, MinRebuildDelay); err != nil {
		return err
	}
	if c.Contact != "" {
		u, err := url.Parse(c.Contact)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") || strings.ContainsAny(c.Contact, " ()") {
			return fmt.Errorf("config: contact %q: want an http, https or mailto URL", c.Contact)
		}
	}
	return nil
}

// validAdminAddr checks the admin listener's address: empty, unix:PATH,
// or HOST:PORT with a loopback host, distinct from the reader's address.
func validAdminAddr(addr, siteAddr string) error {
	if addr == "" {
		return nil
	}
	if path, ok := strings.CutPrefix(addr, "unix:"); ok {
		if path == "" {
			return fmt.Errorf("config: admin address %q: want unix:PATH with a path", addr)
		}
		return nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return fmt.Errorf("config: admin address %q: want a loopback HOST:PORT such as 127.0.0.1:8081, or unix:PATH", addr)
	}
	if ip, err := netip.ParseAddr(host); !(strings.EqualFold(host, "localhost") || err == nil && ip.Unmap().IsLoopback()) {
		return fmt.Errorf("config: admin address %q: the admin listener admits whoever reaches it, so it must be on loopback (127.0.0.1, ::1 or localhost) or a Unix socket", addr)
	}
	if addr == siteAddr {
		return fmt.Errorf("config: admin address %q is also the site's address: choose another port", addr)
	}
	return nil
}

// Location is the configured time zone; Validate has checked it loads.
func (c Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
