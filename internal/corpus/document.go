package corpus

import (
	"context"
	"database/sql"
	"errors"
)

// ErrNoDocument is returned by Document for an id the store does not hold.
var ErrNoDocument = errors.New("no such document in the corpus")

// StoredDocument is one stored document as the store keeps it: not the
// raw bytes (only their hash), but the text the analyser extracted from
// them, which the quotations' spans index. Analysing Text again as plain
// text gives back the document's evidence map.
type StoredDocument struct {
	DocRef
	Format string `json:"format"`          // the format it was read as: text, markdown, html
	Size   int64  `json:"size"`            // bytes of the original
	Text   string `json:"text"`            // the extracted text; "" for a failed document
	Error  string `json:"error,omitempty"` // why it could not be analysed, for a failed one
	Quotes int    `json:"quotes"`          // quotations stored from it
}

// Document returns the stored document id, or ErrNoDocument. The web
// view opens a document of the corpus with it.
func (s *Store) Document(ctx context.Context, id int64) (*StoredDocument, error) {
	var d StoredDocument
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT id, name, uri, title, author, date, format, size, text, error, quotes
		FROM corpus_documents WHERE id = ?`), id).Scan(&d.ID, &d.Name, &d.URI, &d.Title, &d.Author, &d.Date,
		&d.Format, &d.Size, &d.Text, &d.Error, &d.Quotes)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoDocument
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}
