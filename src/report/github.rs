//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
//! finding, on the article line, with the other sources in the message.

use super::{Report, location};
use crate::rule::Severity;

pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write;
    super::write_each(report.findings, out, |_, f, buf| {
        let p = &report.observations[f.primary];
        let (file, line, column) = location(p);
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut message = f.message.clone();
        if let Some(from) = super::counted_from(p) {
            message.push_str(&format!("\n\"{}\" is {from}", p.raw));
        }
        for h in &f.help {
            message.push('\n');
            message.push_str(h);
        }
        // Writing to memory cannot fail.
        let _ = writeln!(
            buf,
            "::{command} file={},line={line},col={column},title={}::{}",
            property(&file),
            property(&format!("claimlint {}", f.claim)),
            data(&message)
        );
    })
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_workflow_commands_reserve() {
        assert_eq!(data("50% of it\nnext"), "50%25 of it%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
