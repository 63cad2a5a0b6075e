// Package transcript reads the text of an earnings call, the first step of
// qoq's pipeline (transcript → facts → comparison → report).
//
// Read accepts what companies publish: plain text in UTF-8 (with or without
// a byte-order mark), UTF-16 with a byte-order mark, or Windows-1252, the
// encoding of older EDGAR exhibits; HTML exhibits, whose markup it drops
// keeping paragraph breaks; and EDGAR full-submission files, from whose
// documents it picks the call script or transcript and says which it read.
//
// It splits the text into sentences, each with its speaker and section
// (prepared remarks or questions and answers), in the layouts calls come in:
//
//   - a script as filed with the SEC, each speaker's name on a line of its
//     own followed by a colon and a dashed rule, prose hard-wrapped in
//     paragraphs;
//   - a transcript with "Prepared Remarks:" and "Questions and Answers:"
//     headers and speakers on lines of the form "Name -- Title";
//   - one sentence a line with no speakers at all, where the part after the
//     operator's call for questions is taken as questions and answers.
//
// Every sentence keeps its byte offsets in Document.Text, and
// Document.FileOffset and Document.Line lead from there back to the bytes
// and lines of the file as it was read, whatever the encoding or markup.
//
// Files that are empty, binary, or hold no prose fail with ErrEmpty,
// ErrBinary or ErrNotTranscript, wrapped with the file name.
package transcript
