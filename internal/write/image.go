package write

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// imageCaption is a page's own caption for its image as the lead
// image's caption, or "" when it does not read as one: fewer than three
// words or more than maxCaption characters, a loaded word, a question or
// an exclamation, a credit line alone, or the headline's words.
func imageCaption(c, headline string) string {
	c = strings.TrimSpace(text.Normalize(c))
	if len(strings.Fields(c)) < 3 || utf8.RuneCountInString(c) > maxCaption || strings.ContainsAny(c, "?!") ||
		len(analyze.LoadedAnywhere(c)) > 0 || titleKey(c) == titleKey(headline) || creditOnly.MatchString(c) {
		return ""
	}
	return c
}

// maxCaption is the longest image caption, in characters, a page shows.
const maxCaption = 240

// creditOnly matches a caption that only credits the picture: "Photo:
// Lena Marsh/Tarrow Times", "Getty Images".
var creditOnly = regexp.MustCompile(`(?i)^(\(?(photo|image|picture|credit)s?( by|:)?\s)?[^.]{0,60}(getty images|reuters|associated press|ap photo|afp|shutterstock|/[^/]+)\)?\.?$`)

// leadImage is the image of the most central report that has one and
// is not paywalled, credited to its outlet. Its caption is the page's
// own caption for the image when that reads as one (see imageCaption);
// else that report's title when the title is neutral, whole (not a
// teaser cut short) and not the page's headline; otherwise it says whose
// report the image illustrates, rather than repeat the headline under
// it. LocalPath is left for the pipeline, which stores the image.
func (d *draft) leadImage(headline string) *news.Image {
	for _, ri := range d.byCentrality() {
		r := d.a.Reports[ri]
		if r.ImageURL == "" || r.Paywalled {
			continue
		}
		caption := imageCaption(r.ImageCaption, headline)
		if caption == "" {
			caption = text.Normalize(trimOutlet(r.Title, r.Outlet))
			if !Neutral(caption) || titleKey(caption) == titleKey(headline) || strings.HasSuffix(caption, "...") || strings.HasSuffix(caption, "…") {
				caption = news.ImageFrom(r.Outlet.Name)
			}
		}
		return &news.Image{URL: r.ImageURL, Caption: caption, Credit: r.Outlet.Name, SourceRef: r.Ref}
	}
	return nil
}
