package web

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// errorCode names a kind of failure a reader may be told about.
type errorCode string

// The codes a response can carry.
const (
	codeBadRequest       errorCode = "bad_request"
	codeForbidden        errorCode = "forbidden"
	codeNotFound         errorCode = "not_found"
	codeMethodNotAllowed errorCode = "method_not_allowed"
	codeTooMany          errorCode = "too_many_requests"
	codeUnavailable      errorCode = "unavailable"
	codeInternal         errorCode = "internal"
)

// statusOf maps each code to its HTTP status. It is the only place that
// does.
var statusOf = map[errorCode]int{
	codeBadRequest:       http.StatusBadRequest,
	codeForbidden:        http.StatusForbidden,
	codeNotFound:         http.StatusNotFound,
	codeMethodNotAllowed: http.StatusMethodNotAllowed,
	codeTooMany:          http.StatusTooManyRequests,
	codeUnavailable:      http.StatusServiceUnavailable,
	codeInternal:         http.StatusInternalServerError,
}

// webError is a failure with a message safe to show. Its cause, which
// may hold anything, goes to the log and never to the reader.
type webError struct {
	code  errorCode
	msg   string
	cause error
}

func (e *webError) Error() string {
	if e.cause == nil {
		return string(e.code) + ": " + e.msg
	}
	return string(e.code) + ": " + e.msg + ": " + e.cause.Error()
}

func (e *webError) Unwrap() error { return e.cause }

func failure(code errorCode, msg string, cause error) error {
	return &webError{code: code, msg: msg, cause: cause}
}

// Messages for errors that carry no message of their own.
const (
	msgNotFound = "Nothing is stored at this address."
	msgInternal = "Something went wrong on our side. Please try again in a little while."
)

// classify returns the code and safe message for err: a webError keeps
// its own, news.ErrNotFound is a 404, and anything else is internal.
func classify(err error) (errorCode, string) {
	var we *webError
	switch {
	case errors.As(err, &we):
		return we.code, we.msg
	case errors.Is(err, news.ErrNotFound):
		return codeNotFound, msgNotFound
	case errors.Is(err, context.DeadlineExceeded):
		return codeUnavailable, "The desk took too long to answer. Please try again."
	}
	return codeInternal, msgInternal
}

// describe classifies err and logs it, once, with what was asked. Server
// faults are logged as errors; a reader's bad address is only noted.
func (s *server) describe(r *http.Request, err error) (errorCode, int, string) {
	code, msg := classify(err)
	status := statusOf[code]
	level := slog.LevelInfo
	switch {
	case errors.Is(err, context.Canceled):
		level = slog.LevelDebug
	case status >= 500:
		level = slog.LevelError
	}
	s.log.Log(r.Context(), level, "web: request failed",
		"method", r.Method, "path", r.URL.Path, "status", status, "code", string(code), "err", err)
	return code, status, msg
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error struct {
		Code    errorCode `json:"code"`
		Message string    `json:"message"`
	} `json:"error"`
}

// jsonError answers an API request that failed.
func (s *server) jsonError(w http.ResponseWriter, r *http.Request, err error) {
	code, status, msg := s.describe(r, err)
	var body errorBody
	body.Error.Code = code
	body.Error.Message = msg
	w.Header().Set("Cache-Control", "no-store")
	s.writeJSON(w, r, status, body)
}

// errorView is what the HTML error page shows.
type errorView struct {
	Status  int
	Heading string
	Message string
}

// htmlError answers a page request that failed, with the site's look.
func (s *server) htmlError(w http.ResponseWriter, r *http.Request, err error) {
	_, status, msg := s.describe(r, err)
	heading := http.StatusText(status)
	if status == http.StatusNotFound {
		heading = "Page not found"
	}
	w.Header().Set("Cache-Control", "no-store")
	s.renderStatus(w, r, status, "error", layout{
		Title: heading,
		Main:  errorView{Status: status, Heading: heading, Message: msg},
	})
}
