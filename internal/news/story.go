package news

import "time"

// Story is a group of articles that report the same event. Its ID is
// chosen once, when the story is first formed, and never changes, so
// that /stories/{id} stays a good link.
type Story struct {
	ID         string
	ArticleIDs []int64
	FirstSeen  time.Time // the first report's time
	Updated    time.Time // the latest rewrite
}

// StoryPath is the path of a story's page on the site.
func StoryPath(id string) string { return "/stories/" + id }

// StorySummary is what a list of stories shows: enough for the front page
// and /api/stories, without the page body.
type StorySummary struct {
	ID        string    `json:"id"`
	Headline  string    `json:"headline"`
	URL       string    `json:"url"`
	Published time.Time `json:"published"`
	Updated   time.Time `json:"updated"`
	Articles  int       `json:"articles"`
	Outlets   int       `json:"outlets"`
	Lead      string    `json:"lead"`
	Image     *Image    `json:"lead_image,omitempty"`
	Coverage  Coverage  `json:"coverage"`
	// Snippet is, for a story that a search found, the sentences of its
	// page that hold the words searched for, with the words located in
	// them; empty otherwise, and when only its headline holds them. The
	// web page of results shows it; the API does not give it.
	Snippet Snippet `json:"-"`
}

// Summary derives a page's StorySummary.
func (p Page) Summary() StorySummary {
	lead := ""
	if len(p.Lead) > 0 {
		lead = p.Lead[0].Text
	}
	return StorySummary{
		ID:        p.StoryID,
		Headline:  p.Headline,
		URL:       StoryPath(p.StoryID),
		Published: p.Published,
		Updated:   p.Updated,
		Articles:  p.Byline.Articles,
		Outlets:   p.Byline.Outlets,
		Lead:      lead,
		Image:     p.LeadImage,
		Coverage:  p.Coverage,
	}
}

// StoryStatus is what the desk knows of a story, published or not: for
// the operator's lists, not for readers.
type StoryStatus struct {
	ID string `json:"id"`
	// Headline is the page's headline, or the first report's title when
	// the story has no page.
	Headline  string    `json:"headline"`
	Published bool      `json:"published"`
	Latest    time.Time `json:"latest"` // its newest report's time
	Articles  int       `json:"articles"`
	Outlets   int       `json:"outlets"`
	// Reason and Refusal say why the story's last writing gave no page:
	// the kind of reason and one line for people. Empty when it gave
	// one. A published story with a Reason keeps an earlier page.
	Reason  string `json:"refusal_reason,omitempty"`
	Refusal string `json:"refusal,omitempty"`
}

// PageVersion is one version of a story's page: the published one, or
// an earlier one that a rewrite replaced. Number counts a story's pages
// from 1, its first, so that a later version has a higher number. The
// store keeps only the latest few earlier pages, each under the number
// it was given.
type PageVersion struct {
	Number int
	Page   Page
}
