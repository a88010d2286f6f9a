//! Streaming input: articles are read in batches, file by file and JSON Lines record by
//! record, so that memory follows the batch, not the collection.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::Arc;

use super::{Document, Manifests, jsonl, load_file};
use crate::problem::Problem;

/// Bytes of input gathered into one batch before it is handed on.
const BATCH_BYTES: u64 = 4 << 20;
/// Articles gathered into one batch at most.
const BATCH_ITEMS: usize = 2048;

/// One article, not yet parsed.
#[derive(Debug)]
pub enum Item {
    File(PathBuf),
    /// One line of a JSON Lines collection: `range` in a chunk shared by its batch.
    Record {
        file: Arc<str>,
        line: usize,
        chunk: Arc<Chunk>,
        range: std::ops::Range<usize>,
    },
}

/// Input read in one go, shared by the records of a batch. Its buffer goes back to the
/// reader when the last record is done with it: a fresh 4 MB buffer per batch cost a copy
/// and a page fault every 4 KB, about a twentieth of a run.
#[derive(Debug)]
pub struct Chunk {
    bytes: Vec<u8>,
    spare: Arc<Spare>,
}

/// Buffers given back, for the reader to fill again.
#[derive(Debug, Default)]
struct Spare(std::sync::Mutex<Vec<Vec<u8>>>);

impl Spare {
    /// Buffers kept at most: as many as can be in flight (read ahead, queued, matched).
    const KEEP: usize = 8;

    fn take(&self) -> Vec<u8> {
        let mut spare = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let mut buffer = spare
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(BATCH_BYTES as usize + 4096));
        buffer.clear();
        buffer
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        let mut spare = self.spare.0.lock().unwrap_or_else(|e| e.into_inner());
        if spare.len() < Spare::KEEP {
            spare.push(std::mem::take(&mut self.bytes));
        }
    }
}

impl std::ops::Deref for Chunk {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

/// A batch of articles, and the bytes of input it covers (for progress).
#[derive(Debug, Default)]
pub struct Batch {
    pub items: Vec<Item>,
    pub bytes: u64,
    /// Problems met while reading (unreadable collections).
    pub problems: Vec<Problem>,
}

impl Item {
    /// Reads and parses the article; `None` when it could not be loaded.
    pub fn load(self, manifests: &Manifests) -> (Option<Document>, Vec<Problem>) {
        match self {
            Item::File(path) => load_file(&path, manifests),
            Item::Record {
                file,
                line,
                chunk,
                range,
            } => {
                let raw = &chunk[range];
                let mut problems = Vec::new();
                // Valid UTF-8 is parsed where it lies; anything else is decoded with a
                // warning first.
                let decoded;
                let text = match std::str::from_utf8(raw) {
                    Ok(t) => t,
                    Err(_) => {
                        match super::decode(&format!("{file}:{line}"), raw.to_vec(), &mut problems)
                        {
                            Some(t) => {
                                decoded = t;
                                decoded.as_str()
                            }
                            None => return (None, problems),
                        }
                    }
                };
                match jsonl::record(&file, line, text) {
                    Ok(doc) => (Some(doc), problems),
                    Err(message) => {
                        problems.push(
                            Problem::error(format!(
                                "line {line}: {message}; the record is skipped"
                            ))
                            .in_file(file.to_string()),
                        );
                        (None, problems)
                    }
                }
            }
        }
    }
}

impl Item {
    /// The raw bytes of a JSON Lines record, for a look before parsing.
    pub fn raw(&self) -> Option<&[u8]> {
        match self {
            Item::Record { chunk, range, .. } => Some(&chunk[range.clone()]),
            Item::File(_) => None,
        }
    }

    /// Checks that a record is well-formed without building a document (for records that
    /// need no matching): the problem, if it is not.
    pub fn validate(&self) -> Option<Problem> {
        let Item::Record {
            file,
            line,
            chunk,
            range,
        } = self
        else {
            return None;
        };
        match serde_json::from_slice::<serde::de::IgnoredAny>(&chunk[range.clone()]) {
            Ok(_) => None,
            Err(e) => Some(
                Problem::error(format!(
                    "line {line}: not a JSON article record ({e}); the record is skipped"
                ))
                .in_file(file.to_string()),
            ),
        }
    }
}

/// Reads a collection in batches.
pub struct Reader {
    files: std::vec::IntoIter<PathBuf>,
    current: Option<Lines>,
    spare: Arc<Spare>,
}

struct Lines {
    name: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

impl Reader {
    /// Articles in these files (already expanded from folders).
    pub fn new(files: Vec<PathBuf>) -> Reader {
        Reader {
            files: files.into_iter(),
            current: None,
            spare: Arc::default(),
        }
    }

    /// A JSON Lines collection on standard input (or any reader).
    pub fn jsonl(name: &str, input: impl Read + Send + 'static) -> Reader {
        Reader {
            files: Vec::new().into_iter(),
            current: Some(Lines {
                name: Arc::from(name),
                reader: Box::new(BufReader::with_capacity(1 << 20, input)),
                line: 0,
            }),
            spare: Arc::default(),
        }
    }
}

fn is_jsonl(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

impl Iterator for Reader {
    type Item = Batch;

    fn next(&mut self) -> Option<Batch> {
        let mut batch = Batch::default();
        while batch.items.len() < BATCH_ITEMS && batch.bytes < BATCH_BYTES {
            if let Some(lines) = &mut self.current {
                // One chunk a batch: read about BATCH_BYTES, then on to the end of the line.
                let mut chunk = self.spare.take();
                let read = (&mut lines.reader)
                    .take(BATCH_BYTES)
                    .read_to_end(&mut chunk)
                    .and_then(|n| {
                        if n > 0 && chunk.last() != Some(&b'\n') {
                            lines.reader.read_until(b'\n', &mut chunk)?;
                        }
                        Ok(chunk.len())
                    });
                match read {
                    Ok(0) => self.current = None,
                    Ok(n) => {
                        batch.bytes += n as u64;
                        let chunk = Arc::new(Chunk {
                            bytes: chunk,
                            spare: self.spare.clone(),
                        });
                        let mut start = 0;
                        while start < chunk.len() {
                            let end = memchr::memchr(b'\n', &chunk[start..])
                                .map_or(chunk.len(), |i| start + i + 1);
                            lines.line += 1;
                            if chunk[start..end].iter().any(|b| !b.is_ascii_whitespace()) {
                                batch.items.push(Item::Record {
                                    file: lines.name.clone(),
                                    line: lines.line,
                                    chunk: chunk.clone(),
                                    range: start..end,
                                });
                            }
                            start = end;
                        }
                        // A chunk is a batch of its own.
                        break;
                    }
                    Err(e) => {
                        batch.problems.push(
                            Problem::error(format!("cannot read: {e}"))
                                .in_file(lines.name.to_string()),
                        );
                        self.current = None;
                    }
                }
                continue;
            }
            let Some(path) = self.files.next() else { break };
            if is_jsonl(&path) {
                let name = path.display().to_string();
                match File::open(&path) {
                    Ok(f) => {
                        self.current = Some(Lines {
                            name: Arc::from(name.as_str()),
                            reader: Box::new(BufReader::with_capacity(1 << 20, f)),
                            line: 0,
                        })
                    }
                    Err(e) => batch
                        .problems
                        .push(Problem::error(format!("cannot read collection: {e}")).in_file(name)),
                }
            } else {
                batch.bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
                batch.items.push(Item::File(path));
            }
        }
        if batch.items.is_empty() && batch.problems.is_empty() {
            None
        } else {
            Some(batch)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_into_reused_buffers_keep_their_own_text() {
        // About 12 MB: three batches at least, each read into a buffer an earlier batch
        // gave back once its records were done with.
        let record = |i: usize| format!("{{\"text\": \"article {i} {}\"}}\n", "x".repeat(1000));
        let input: String = (0..12_000).map(record).collect();
        let manifests = Manifests::default();
        let (mut batches, mut seen) = (0, 0);
        for batch in Reader::jsonl("c.jsonl", std::io::Cursor::new(input.into_bytes())) {
            batches += 1;
            for item in batch.items {
                let (doc, problems) = item.load(&manifests);
                let doc = doc.expect("a record");
                assert!(problems.is_empty(), "{problems:?}");
                assert_eq!(doc.name, format!("c.jsonl:{}", seen + 1));
                assert!(
                    doc.text.starts_with(&format!("article {seen} x")),
                    "{}",
                    &doc.text[..20]
                );
                seen += 1;
            }
        }
        assert_eq!(seen, 12_000);
        assert!(batches >= 3, "{batches} batches");
    }
}
