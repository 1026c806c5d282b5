package web

import (
	"html/template"
	"net/http"
)

// adminPageNames are the admin templates that fill the layout's "main".
var adminPageNames = []string{"admin", "admin-feeds", "admin-grouping", "admin-story", "admin-login"}

// parseAdminPages parses each admin page over the layout, the partials
// and the admin's own parts (its navigation, state badges and times).
func parseAdminPages() map[string]*template.Template {
	base := template.Must(template.New("").ParseFS(templateFS,
		"templates/layout.html", "templates/partials/*.html", "templates/admin-parts.html"))
	pages := make(map[string]*template.Template, len(adminPageNames))
	for _, name := range adminPageNames {
		t := template.Must(base.Clone())
		pages[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	return pages
}

// adminPage is what every admin page shows around its own content: the
// admin navigation, with a sign-out button for a signed-in browser, and
// the CSRF token its forms carry.
type adminPage struct {
	Current  string // "overview", "feeds", "grouping", or "story" for a page the navigation does not list
	SignedIn bool
	CSRF     string
}

// adminFrame returns the frame of an admin page for r; it sets the CSRF
// cookie when the browser has none.
func (s *server) adminFrame(w http.ResponseWriter, r *http.Request, current string) adminPage {
	return adminPage{Current: current, SignedIn: s.sessionOK(r), CSRF: s.csrfToken(w, r)}
}

// adminRender writes an admin page in the site's layout with the admin
// stylesheet. Unlike render it sets no ETag: each page carries the
// browser's own CSRF token, and adminHeaders has forbidden caching.
func (s *server) adminRender(w http.ResponseWriter, r *http.Request, status int, name, title string, main any) {
	body, err := s.execute(name, layout{Title: title, ExtraCSS: s.admin.css, NoSearch: true, Main: main})
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
