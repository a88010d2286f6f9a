//! Problems are "could not run as asked": an unreadable article, a broken rule file.
//! They are kept apart from findings, which are what the check is for.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, NamedSource, Severity, SourceSpan};

/// One problem with the input, pointing into the file it is about when there is one.
#[derive(Debug, Clone)]
pub struct Problem {
    pub severity: Severity,
    pub message: Box<str>,
    pub file: Option<String>,
    pub source: Option<Box<NamedSource<String>>>,
    pub span: Option<(SourceSpan, String)>,
    pub help: Option<String>,
}

impl Problem {
    pub fn error(message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            message: message.into().into_boxed_str(),
            file: None,
            source: None,
            span: None,
            help: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(message)
        }
    }

    /// Names the file the problem is about.
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Points at `range` in `text`, the contents of the named file.
    pub fn at(
        mut self,
        name: &str,
        text: &str,
        range: std::ops::Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        let end = range.end.min(text.len());
        let start = range.start.min(end);
        self.file = Some(name.to_string());
        self.source = Some(Box::new(NamedSource::new(name, text.to_string())));
        self.span = Some(((start, end - start).into(), label.into()));
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, &self.source) {
            (Some(file), None) => write!(f, "{file}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Problem {}

impl Diagnostic for Problem {
    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_deref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (span, label) = self.span.as_ref()?;
        let label = (!label.is_empty()).then(|| label.clone());
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(label, *span),
        )))
    }
}
