//! SARIF 2.1.0: for code-scanning dashboards. One rule per claim, one result per finding,
//! the other sources as `relatedLocations`, and a content fingerprint per result.

use serde_json::{Value, json};

use super::{Report, json_array, json_nested, location};
use crate::consistency::kind_name;
use crate::observation::Observation;
use crate::rule::Severity;

pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let rules: Vec<Value> = report
        .claims
        .iter()
        .map(|c| {
            let title = c.title.clone().unwrap_or_else(|| c.id.clone());
            let mut rule = json!({
                "id": c.id,
                "name": c.id,
                "shortDescription": { "text": title },
                "defaultConfiguration": { "level": level(c.severity) },
                "properties": { "ruleFile": c.file },
            });
            if let Some(why) = &c.why {
                rule["fullDescription"] = json!({ "text": why });
                rule["help"] = json!({ "text": why });
            }
            rule
        })
        .collect();
    let result = |f: &crate::consistency::Finding| {
        let p = &report.observations[f.primary];
        let mut result = json!({
            "ruleId": f.claim,
            "level": level(f.severity),
            "message": { "text": message(&f.message, &f.help) },
            "locations": [physical(p, None)],
            "partialFingerprints": { "claimlint/v1": f.fingerprint },
            "properties": { "kind": kind_name(f.kind), "resolved": p.value.value().map(|v| v.to_string()) },
        });
        if let Some(i) = report.claims.iter().position(|c| c.id == f.claim) {
            result["ruleIndex"] = json!(i);
        }
        let mut related: Vec<Value> = f
            .related
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let o = &report.observations[i];
                let who = o.source.who();
                let value = o.value.shown();
                physical(
                    o,
                    Some((n + 1, format!("{who} says {value}: \"{}\"", o.raw))),
                )
            })
            .collect();
        // (the date the primary value was counted from, for the reader to check the reading)
        if let Some(from) = counted_from(p, related.len() + 1) {
            related.push(from);
        }
        if !related.is_empty() {
            result["relatedLocations"] = json!(related);
        }
        result
    };
    let tool = json!({ "driver": {
        "name": "claimlint",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    }});
    // The log is written as serde_json writes an object (keys in order), with the results
    // streamed: `{"$schema", "runs": [{"results", "tool"}], "version"}`.
    out.write_all(
        b"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {\n      \"results\": ",
    )?;
    json_array(report.findings, 3, out, |f, depth, buf| {
        json_nested(&result(f), depth, buf)
    })?;
    let mut tail = b",\n      \"tool\": ".to_vec();
    json_nested(&tool, 3, &mut tail);
    tail.extend_from_slice(b"\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n");
    out.write_all(&tail)
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn message(message: &str, help: &[String]) -> String {
    if help.is_empty() {
        message.to_string()
    } else {
        format!("{message}\n{}", help.join("\n"))
    }
}

fn physical(o: &Observation, related: Option<(usize, String)>) -> Value {
    let (file, line, column) = location(o);
    let mut region = json!({
        "startLine": line,
        "startColumn": column,
        "snippet": { "text": o.sentence_text },
    });
    if !file.ends_with(".jsonl") {
        region["endColumn"] = json!(column + o.raw.chars().count());
        region["endLine"] = json!(line);
    }
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&file) },
            "region": region,
        }
    });
    if let Some((id, text)) = related {
        loc["id"] = json!(id);
        loc["message"] = json!({ "text": text });
    }
    loc
}

/// Where the article named the date `o`'s value was counted from, as a related location
/// with the id `id`.
fn counted_from(o: &Observation, id: usize) -> Option<Value> {
    let from = o.counted_from.as_ref()?;
    let (file, line, column) = location(o);
    let mut region = json!({ "snippet": { "text": from.text } });
    if file.ends_with(".jsonl") {
        // (the record's line and column, as for the value: the file has no finer place)
        region["startLine"] = json!(line);
        region["startColumn"] = json!(column);
    } else {
        region["startLine"] = json!(from.line);
        region["startColumn"] = json!(from.column);
        region["endLine"] = json!(from.line + from.text.matches('\n').count());
        region["endColumn"] = json!(match from.text.rsplit_once('\n') {
            Some((_, last)) => last.chars().count() + 1,
            None => from.column + from.text.chars().count(),
        });
    }
    Some(json!({
        "id": id,
        "message": { "text": format!("\"{}\" is {}", o.raw, super::counted_from(o)?) },
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&file) },
            "region": region,
        },
    }))
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    path.replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20")
}
