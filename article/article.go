package article

import (
	"annals/diag"
	"annals/timex"
)

// Article is one dated news text, as read from any input format.
//
// Text is the body that every span refers to: for the seed format it is the
// text after the "date YYYY-MM-DD" header; for JSON lines it is the "text"
// field. Title, when given separately (JSON lines), is not part of Text.
type Article struct {
	ID       string     `json:"id"`
	Date     timex.Date `json:"-"`
	Title    string     `json:"title,omitempty"`
	Text     string     `json:"text"`
	Source   string     `json:"source,omitempty"`
	URL      string     `json:"url,omitempty"`
	Language string     `json:"language,omitempty"`
	File     string     `json:"-"` // where it was read from ("-" for stdin)
	Line     int        `json:"-"` // 1-based line of the record in File
}

// Error is a problem with one input record: "file:line: message".
type Error = diag.Error
