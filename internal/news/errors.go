package news

import "errors"

// ErrNotFound is returned by readers when the thing asked for does not
// exist. The web maps it to 404.
var ErrNotFound = errors.New("not found")
