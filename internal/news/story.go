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
