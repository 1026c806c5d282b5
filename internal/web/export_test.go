package web

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A static copy holds every page a reader can reach, without the search
// form, with the images and styles the pages use; the feeds only when
// their absolute links can be written.
func TestExport(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "site")
	r := newFixtureReader()
	rep, err := Export(ctx, r, testOptions(new(bytes.Buffer)), dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Stories != 2 || rep.Pages != 1 || rep.Outlets != len(r.outlets) || rep.Images != 1 || rep.Feeds {
		t.Errorf("report %+v; want 2 stories, 1 front page, %d outlet pages, 1 image, no feeds", rep, len(r.outlets))
	}
	for _, f := range []string{"index.html", "stories/river-barrier/index.html", "stories/transit-fares/index.html",
		"about/index.html", "blindspots/index.html", "outlets/index.html", "outlets/harbor-ledger/index.html",
		"outlets/eastfield-gazette/index.html", "404.html", "images/barrier.png", "static/site.css", "static/mark.svg", ExportMarker} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "feed.atom")); err == nil {
		t.Error("feeds written without a base URL")
	}
	front := readFile(t, filepath.Join(dir, "index.html"))
	story := readFile(t, filepath.Join(dir, "stories/river-barrier/index.html"))
	for name, page := range map[string]string{"front": front, "story": story} {
		if strings.Contains(page, `action="/search"`) {
			t.Errorf("%s page carries a search form that no server answers", name)
		}
		if strings.Contains(page, `href="/feed.`) {
			t.Errorf("%s page links feeds that the copy does not hold", name)
		}
	}
	if !strings.Contains(front, `href="/stories/river-barrier"`) || !strings.Contains(story, `src="/images/barrier.png"`) {
		t.Error("pages do not link the exported story and image")
	}
	if !strings.Contains(front, `href="/outlets"`) || !strings.Contains(readFile(t, filepath.Join(dir, "outlets/index.html")), `href="/outlets/harbor-ledger"`) {
		t.Error("pages do not link the exported outlet pages")
	}
	if got := readFile(t, filepath.Join(dir, "images/barrier.png")); got != string(pngBytes) {
		t.Error("image bytes differ from the stored image")
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "404.html")), "404") {
		t.Error("404.html is not the not-found page")
	}

	// Again, with a base URL and one story fewer: the copy is replaced
	// whole, feeds included, and the gone story is gone.
	delete(r.pages, "transit-fares")
	o := testOptions(new(bytes.Buffer))
	o.BaseURL = "https://news.example.org"
	if rep, err = Export(ctx, r, o, dir); err != nil {
		t.Fatal(err)
	}
	if rep.Stories != 1 || !rep.Feeds {
		t.Errorf("second export %+v; want 1 story and the feeds", rep)
	}
	if _, err := os.Stat(filepath.Join(dir, "stories/transit-fares")); err == nil {
		t.Error("a story gone from the desk is still in the copy")
	}
	if atom := readFile(t, filepath.Join(dir, "feed.atom")); !strings.Contains(atom, "https://news.example.org/stories/river-barrier") {
		t.Error("feed links are not absolute")
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "index.html")), `href="/feed.atom"`) {
		t.Error("the front page does not link the feeds the copy holds")
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".site.export-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left beside the copy: %v", leftovers)
	}
}

// A static copy made from a reader that keeps versions shows a rewritten
// story's "What's New" box, and links no list of versions: the copy has
// no API.
func TestExportWhatsNew(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Export(context.Background(), newHistoryReader(), testOptions(new(bytes.Buffer)), dir); err != nil {
		t.Fatal(err)
	}
	doc := parseHTML(t, readFile(t, filepath.Join(dir, "stories/dunmere-bridge/index.html")))
	box := whatsNewBox(doc)
	if box == nil || !strings.Contains(text(box), "Eastwick Radio") {
		t.Fatal("the exported story has no What's New box")
	}
	for _, a := range findAll(doc, tag("a")) {
		if strings.HasPrefix(attr(a, "href"), "/api/") {
			t.Errorf("the exported story links %s, which the copy lacks", attr(a, "href"))
		}
	}
}

// More stories than one front page holds: the earlier pages are files at
// /page/N/, and the front pages link them so.
func TestExportFrontPages(t *testing.T) {
	r := &fakeReader{pages: map[string]news.Page{}}
	base := riverBarrierPage()
	for i := range 2*frontPageSize + 1 {
		p := base
		p.StoryID = fmt.Sprintf("story-%02d", i)
		p.Published = base.Published.Add(time.Duration(i) * time.Hour)
		r.pages[p.StoryID] = p
	}
	dir := filepath.Join(t.TempDir(), "site")
	rep, err := Export(context.Background(), r, testOptions(new(bytes.Buffer)), dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 3 || rep.Stories != 2*frontPageSize+1 || rep.Images != 0 || rep.MissingImages != 1 {
		t.Fatalf("report %+v; want 3 front pages, and the one image the store lacks counted missing", rep)
	}
	if front := readFile(t, filepath.Join(dir, "index.html")); !strings.Contains(front, `href="/page/2/"`) {
		t.Error("the front page does not link /page/2/")
	}
	second := readFile(t, filepath.Join(dir, "page/2/index.html"))
	if !strings.Contains(second, `href="/page/3/"`) || !strings.Contains(second, `href="/"`) {
		t.Error("page 2 does not link page 3 and the front page")
	}
	if _, err := os.Stat(filepath.Join(dir, "page/3/index.html")); err != nil {
		t.Error(err)
	}
}

// Export replaces only a folder it wrote itself.
func TestExportRefusesOtherFolders(t *testing.T) {
	r := newFixtureReader()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(context.Background(), r, testOptions(new(bytes.Buffer)), dir); err == nil || !strings.Contains(err.Error(), "holds other files") {
		t.Errorf("export over a folder of other files: %v", err)
	}
	if got := readFile(t, filepath.Join(dir, "notes.txt")); got != "mine" {
		t.Error("the folder's own file was touched")
	}
	file := filepath.Join(dir, "notes.txt")
	if _, err := Export(context.Background(), r, testOptions(new(bytes.Buffer)), file); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("export onto a file: %v", err)
	}
}

// An image the desk stores under a name without an extension is written
// with the extension of its type, and the pages link it so: any file
// server then serves it as an image.
func TestExportImageExtensions(t *testing.T) {
	r := newFixtureReader()
	r.images["harbour"] = fakeImage{ctype: "image/png", data: pngBytes}
	p := r.pages["river-barrier"]
	img := *p.LeadImage
	img.LocalPath = "/images/harbour"
	p.LeadImage = &img
	r.pages["river-barrier"] = p
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Export(context.Background(), r, testOptions(new(bytes.Buffer)), dir); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, filepath.Join(dir, "images/harbour.png")); got != string(pngBytes) {
		t.Error("the image is not written as harbour.png")
	}
	story := readFile(t, filepath.Join(dir, "stories/river-barrier/index.html"))
	if !strings.Contains(story, `src="/images/harbour.png"`) || strings.Contains(story, `/images/harbour"`) {
		t.Error("the story page does not link the image by its file name")
	}
}

// A reader that cannot list outlets gives a copy without outlet pages,
// whose pages do not link any; an outlet slug that cannot be a folder
// name stops the export, as a story ID does.
func TestExportOutlets(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "site")
	rep, err := Export(ctx, struct{ Reader }{newFixtureReader()}, testOptions(new(bytes.Buffer)), dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Outlets != 0 {
		t.Errorf("%d outlet pages without an OutletReader", rep.Outlets)
	}
	if _, err := os.Stat(filepath.Join(dir, "outlets")); err == nil {
		t.Error("outlet pages written without an OutletReader")
	}
	if strings.Contains(readFile(t, filepath.Join(dir, "index.html")), `href="/outlets"`) {
		t.Error("the front page links outlet pages the copy does not hold")
	}

	r := newFixtureReader()
	r.outlets = append(r.outlets, news.Outlet{Slug: "../up", Name: "Upstairs Weekly"})
	_, err = Export(ctx, r, testOptions(new(bytes.Buffer)), filepath.Join(t.TempDir(), "site"))
	if err == nil || !strings.Contains(err.Error(), `outlet slug "../up"`) {
		t.Errorf("export with a slug that is no folder name: %v", err)
	}
}

// Export reports its progress through ExportProgress: one step at a time
// up to a total that only grows, ending with every step done, one a
// story's page read and one a file read for the copy.
func TestExportProgress(t *testing.T) {
	ctx := context.Background()
	o := testOptions(new(bytes.Buffer))
	o.BaseURL = "https://news.example.org"
	var dones, totals []int
	o.ExportProgress = func(done, total int) { dones, totals = append(dones, done), append(totals, total) }
	rep, err := Export(ctx, newFixtureReader(), o, filepath.Join(t.TempDir(), "site"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dones) == 0 {
		t.Fatal("Export never reported its progress")
	}
	for i := range dones {
		if dones[i] != i+1 || totals[i] < dones[i] || (i > 0 && totals[i] < totals[i-1]) {
			t.Fatalf("call %d: %d of %d (after %d of %d); want each step once, within a total that only grows",
				i+1, dones[i], totals[i], dones[max(i-1, 0)], totals[max(i-1, 0)])
		}
	}
	last, total := dones[len(dones)-1], totals[len(totals)-1]
	if want := rep.Stories + rep.Files + rep.MissingImages; last != total || total != want {
		t.Errorf("ended at %d of %d; want %d of %d (%d stories read, %d files, %d images missing)",
			last, total, want, want, rep.Stories, rep.Files, rep.MissingImages)
	}
}
