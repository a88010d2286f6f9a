//! Compares observations of each claim (and key) across sources and over time, by the
//! claim's policy, and turns disagreements into findings. It never sees a file.

use std::collections::BTreeMap;

use rayon::prelude::*;

use chrono::Datelike;
use serde::Serialize;

use crate::observation::Observation;
use crate::rule::{Claim, Policy, Reference, RuleSet, Severity};
use crate::values::{DateValue, Value};

/// What kind of disagreement a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Sources disagree about a value that should be one.
    Contradiction,
    /// A source disagrees with the newsroom's verified reference value.
    Reference,
    /// An evolving value moved against the claim's direction (a cumulative count fell).
    Reversal,
    /// An evolving value changed between periods: reported, not an error.
    Shift,
    /// A mention whose value could not be resolved (a relative date with no publication date).
    Unresolved,
}

/// One disagreement, with the observations involved (indices into the observation list).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub claim: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub kind: FindingKind,
    pub severity: Severity,
    pub message: String,
    /// The observation the finding is reported on.
    pub primary: usize,
    /// The observations it disagrees with (or, for a shift, the earlier ones).
    pub related: Vec<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
    /// What the other sources and the reference say.
    pub help: Vec<String>,
    /// Identifies the finding by content, not position: the claim, the kind, the article
    /// and the words of its sentence. Baselines and SARIF use it; editing the sentence
    /// changes it.
    pub fingerprint: String,
}

/// Compares all observations; findings come out in a deterministic order.
pub fn compare(rules: &RuleSet, observations: &[Observation]) -> Vec<Finding> {
    let mut groups: BTreeMap<(usize, Option<String>), Vec<usize>> = BTreeMap::new();
    let mut findings = Vec::new();
    for (i, o) in observations.iter().enumerate() {
        let Some(claim_idx) = rules.claims.iter().position(|c| c.id == o.claim) else {
            continue;
        };
        let claim = &rules.claims[claim_idx];
        if o.value.value().is_none() {
            findings.push(unresolved(claim, i, o));
            continue;
        }
        if claim.firm_only && !o.modality.is_firm() {
            continue;
        }
        groups
            .entry((claim_idx, o.key.clone()))
            .or_default()
            .push(i);
    }
    // Groups are independent: they are compared on every core.
    let groups: Vec<_> = groups.into_iter().collect();
    let per_group: Vec<Vec<Finding>> = groups
        .into_par_iter()
        .map(|((claim_idx, key), members)| {
            let claim = &rules.claims[claim_idx];
            let reference = claim
                .references
                .get(&key)
                .or_else(|| claim.references.get(&None));
            let cx = Group {
                claim,
                key,
                obs: observations,
                reference,
            };
            let mut out = Vec::new();
            match claim.policy {
                Policy::Fixed => cx.fixed(&members, &mut out),
                _ => cx.evolving(&members, &mut out),
            }
            out
        })
        .collect();
    findings.extend(per_group.into_iter().flatten());
    let order: BTreeMap<&str, usize> = rules
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    findings.par_sort_by(|a, b| {
        let ka = (
            order.get(a.claim.as_str()),
            &a.key,
            &observations[a.primary].source.name,
            observations[a.primary].span.start,
            a.kind,
        );
        let kb = (
            order.get(b.claim.as_str()),
            &b.key,
            &observations[b.primary].source.name,
            observations[b.primary].span.start,
            b.kind,
        );
        ka.cmp(&kb)
    });
    findings
        .par_iter_mut()
        .for_each(|f| f.fingerprint = fingerprint(f, &observations[f.primary]));
    findings
}

/// See [`Finding::fingerprint`]: FNV-1a (64 bits) over the claim, key, kind, article name,
/// the sentence with its whitespace normalised, and the value's text.
pub fn fingerprint(f: &Finding, primary: &Observation) -> String {
    let sentence = primary
        .sentence_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let parts = [
        f.claim.as_str(),
        f.key.as_deref().unwrap_or(""),
        kind_name(f.kind),
        primary.source.name.as_str(),
        sentence.as_str(),
        primary.raw.as_str(),
    ];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The lowercase name of a finding kind, as output formats write it.
pub fn kind_name(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Contradiction => "contradiction",
        FindingKind::Reference => "reference",
        FindingKind::Reversal => "reversal",
        FindingKind::Shift => "shift",
        FindingKind::Unresolved => "unresolved",
    }
}

/// One side of a disagreement, summarised once.
struct Side {
    count: usize,
    first: Option<usize>,
    summary: Option<String>,
    related: Vec<usize>,
}

#[derive(Clone)]
struct Group<'a> {
    claim: &'a Claim,
    key: Option<String>,
    obs: &'a [Observation],
    reference: Option<&'a Reference>,
}

impl Group<'_> {
    fn value(&self, i: usize) -> &Value {
        self.obs[i]
            .value
            .value()
            .expect("grouped observations are resolved")
    }

    /// One true value: the largest set of sources that agree (or those that agree with the
    /// reference) is the majority; every other observation is an outlier.
    fn fixed(&self, members: &[usize], out: &mut Vec<Finding>) {
        let (majority, outliers): (Vec<usize>, Vec<usize>) = match self.reference {
            Some(r) => members
                .iter()
                .partition(|&&i| self.value(i).agrees(&r.value)),
            None => {
                let best = self.largest_agreeing(members);
                members.iter().partition(|i| best.contains(i))
            }
        };
        let weight = |ids: &[usize]| {
            ids.iter()
                .map(|&i| self.obs[i].modality.weight())
                .sum::<f64>()
        };
        if self.reference.is_none()
            && !outliers.is_empty()
            && (weight(&majority) - weight(&outliers)).abs() < 1e-9
        {
            // No side outweighs the other: report the newest statement against the rest.
            let newest = *members
                .iter()
                .max_by_key(|&&i| {
                    (
                        self.obs[i].source.published,
                        self.obs[i].source.name.clone(),
                    )
                })
                .expect("members are not empty");
            let others: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| !self.value(i).agrees(self.value(newest)))
                .collect();
            let side = self.side(&others);
            out.push(self.contradiction(newest, &side, true));
            return;
        }
        let side = self.side(&majority);
        for &o in &outliers {
            let kind = if majority.is_empty() {
                FindingKind::Reference
            } else {
                FindingKind::Contradiction
            };
            let mut f = self.contradiction(o, &side, false);
            f.kind = kind;
            out.push(f);
        }
    }

    /// What one side of a disagreement says, worked out once for all its outliers.
    fn side(&self, members: &[usize]) -> Side {
        Side {
            count: members.len(),
            first: members.first().copied(),
            summary: (!members.is_empty()).then(|| self.summary(members)),
            related: related(self.obs, members),
        }
    }

    fn contradiction(&self, primary: usize, side: &Side, tie: bool) -> Finding {
        let p = &self.obs[primary];
        let value = self.value(primary);
        let mut help = Vec::new();
        let what = self.subject();
        let message = if side.count == 0 {
            let r = self
                .reference
                .expect("an outlier with no majority disagrees with a reference");
            format!(
                "{what}: {} disagrees with the reference value {}",
                value, r.value
            )
        } else if tie {
            format!(
                "{what}: {} here, but {} elsewhere",
                value,
                side.first
                    .map(|i| self.value(i).to_string())
                    .unwrap_or_default()
            )
        } else {
            format!(
                "{what}: {} contradicts {} other {}",
                value,
                side.count,
                plural(side.count, "source", "sources")
            )
        };
        if let Some(summary) = &side.summary {
            help.push(summary.clone());
        }
        if let Some(r) = self.reference {
            help.push(format!(
                "reference: {}{}",
                r.value,
                r.source
                    .as_ref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default()
            ));
        }
        let mut severity = self.claim.severity;
        if !p.modality.is_firm() {
            severity = severity.lowered();
            help.push(format!(
                "this source states it with reservation ({}), so it weighs less",
                p.modality.describe_or("hedged")
            ));
        }
        Finding {
            claim: self.claim.id.clone(),
            key: self.key.clone(),
            kind: FindingKind::Contradiction,
            severity,
            message,
            primary,
            related: side.related.clone(),
            reference: self.reference.cloned(),
            help,
            fingerprint: String::new(),
        }
    }

    /// Values that may change: order by as-of date, group overlapping periods, check each
    /// period like a fixed value, and report changes between periods as shifts.
    fn evolving(&self, members: &[usize], out: &mut Vec<Finding>) {
        let mut dated: Vec<(usize, DateValue)> = members
            .iter()
            .filter_map(|&i| as_of(&self.obs[i]).map(|d| (i, d)))
            .collect();
        dated.sort_by(|(a, da), (b, db)| {
            (
                da.start,
                da.end,
                &self.obs[*a].source.name,
                self.obs[*a].span.start,
            )
                .cmp(&(
                    db.start,
                    db.end,
                    &self.obs[*b].source.name,
                    self.obs[*b].span.start,
                ))
        });
        let mut periods: Vec<(Vec<usize>, DateValue)> = Vec::new();
        for (i, d) in dated {
            match periods.last_mut() {
                Some((members, span)) if d.start <= span.end => {
                    members.push(i);
                    if d.end > span.end {
                        span.end = d.end;
                    }
                }
                _ => periods.push((vec![i], d)),
            }
        }
        let mut previous: Option<Vec<usize>> = None;
        for (members, _) in &periods {
            let majority = self.largest_agreeing(members);
            if majority.len() < members.len() {
                let no_reference = Group {
                    reference: None,
                    ..self.clone()
                };
                no_reference.fixed(members, out);
            }
            if let Some(prev) = &previous {
                let (a, b) = (prev[0], majority[0]);
                if !self.value(a).agrees(self.value(b)) {
                    out.push(self.shift(&majority, prev));
                }
            }
            previous = Some(majority);
        }
    }

    fn shift(&self, now: &[usize], before: &[usize]) -> Finding {
        let (p, e) = (now[0], before[0]);
        let (to, from) = (self.value(p), self.value(e));
        let reversed = match (self.claim.policy, to, from) {
            (Policy::Increasing, Value::Quantity(t), Value::Quantity(f)) => t.hi < f.lo,
            (Policy::Decreasing, Value::Quantity(t), Value::Quantity(f)) => t.lo > f.hi,
            (Policy::Increasing, Value::Date(t), Value::Date(f)) => t.end < f.start,
            (Policy::Decreasing, Value::Date(t), Value::Date(f)) => t.start > f.end,
            _ => false,
        };
        let when = |i: usize| {
            as_of(&self.obs[i])
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into())
        };
        let what = self.subject();
        let (kind, severity, message) = if reversed {
            let direction = if self.claim.policy == Policy::Increasing {
                "fell"
            } else {
                "rose"
            };
            (
                FindingKind::Reversal,
                self.claim.severity,
                format!(
                    "{what}: {direction} from {from} (as of {}) to {to} (as of {}), against its direction",
                    when(e),
                    when(p)
                ),
            )
        } else {
            (
                FindingKind::Shift,
                Severity::Note,
                format!(
                    "{what}: changed from {from} (as of {}) to {to} (as of {})",
                    when(e),
                    when(p)
                ),
            )
        };
        Finding {
            claim: self.claim.id.clone(),
            key: self.key.clone(),
            kind,
            severity,
            message,
            primary: p,
            related: related(self.obs, before),
            reference: None,
            help: vec![self.summary(before)],
            fingerprint: String::new(),
        }
    }

    /// The largest (by weight) set of members that all agree with each other: for
    /// intervals, those covering the most-covered point (a sweep, O(n log n)); for labels,
    /// the heaviest label.
    fn largest_agreeing(&self, members: &[usize]) -> Vec<usize> {
        let weight = |i: usize| self.obs[i].modality.weight();
        let bounds: Option<Vec<(Bound, Bound)>> =
            members.iter().map(|&i| bounds_of(self.value(i))).collect();
        let mut best = match bounds {
            Some(bounds) => {
                // Events: (coordinate, order, member); at one coordinate an open end comes
                // first, then closed starts, closed ends, open starts.
                let mut events: Vec<(f64, u8, usize)> = Vec::with_capacity(2 * members.len());
                for (k, (lo, hi)) in bounds.iter().enumerate() {
                    events.push((lo.at, if lo.open { 3 } else { 1 }, k));
                    events.push((hi.at, if hi.open { 0 } else { 2 }, k));
                }
                events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
                let (mut current, mut top, mut top_at) = (0.0, f64::MIN, 0);
                for (e, &(_, order, k)) in events.iter().enumerate() {
                    if order == 1 || order == 3 {
                        current += weight(members[k]);
                        if current > top + 1e-9 {
                            top = current;
                            top_at = e;
                        }
                    } else {
                        current -= weight(members[k]);
                    }
                }
                let mut active = vec![false; members.len()];
                for &(_, order, k) in &events[..=top_at.min(events.len().saturating_sub(1))] {
                    active[k] = order == 1 || order == 3;
                }
                members
                    .iter()
                    .zip(active)
                    .filter(|(_, a)| *a)
                    .map(|(&m, _)| m)
                    .collect::<Vec<_>>()
            }
            None => {
                let mut by_label: Vec<(String, f64, Vec<usize>)> = Vec::new();
                for &m in members {
                    let label = self.value(m).to_string();
                    match by_label.iter_mut().find(|(l, _, _)| *l == label) {
                        Some((_, w, v)) => {
                            *w += weight(m);
                            v.push(m);
                        }
                        None => by_label.push((label, weight(m), vec![m])),
                    }
                }
                by_label
                    .into_iter()
                    .fold((f64::MIN, Vec::new()), |(bw, bv), (_, w, v)| {
                        if w > bw + 1e-9 { (w, v) } else { (bw, bv) }
                    })
                    .1
            }
        };
        best.sort();
        best
    }

    /// "3 sources say 2019-05-11..2019-05-20: Investopedia (2019-07-09, "earlier this year"), ..."
    /// ("... (Paper A, 2019-10-10: "The following day", counted from "May 15, 2019")")
    fn summary(&self, others: &[usize]) -> String {
        let common = common_value(others.iter().map(|&i| self.value(i)));
        let listed = related(self.obs, others);
        let more = others.len().saturating_sub(listed.len());
        let names: Vec<String> = listed
            .iter()
            .map(|&i| {
                let o = &self.obs[i];
                let who_when = o.source.who_when();
                // (and the date a relative value was counted from, when the article named it)
                match &o.counted_from {
                    Some(from) => format!("{who_when}: \"{}\", {}", o.raw, from.describe()),
                    None => format!("{who_when}: \"{}\"", o.raw),
                }
            })
            .collect();
        format!(
            "{} {} {}: {}",
            others.len(),
            plural(others.len(), "source", "sources"),
            plural(others.len(), "says", "say"),
            common,
        ) + &format!(
            " ({}{})",
            names.join("; "),
            if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            }
        )
    }

    fn subject(&self) -> String {
        let title = self
            .claim
            .title
            .clone()
            .unwrap_or_else(|| self.claim.id.clone());
        match &self.key {
            Some(k) => format!("{title} ({k})"),
            None => title,
        }
    }
}

fn unresolved(claim: &Claim, i: usize, o: &Observation) -> Finding {
    let reason = match &o.value {
        crate::values::Resolution::Unresolved(r) => r.clone(),
        crate::values::Resolution::Resolved(_) => String::new(),
    };
    Finding {
        claim: claim.id.clone(),
        key: o.key.clone(),
        kind: FindingKind::Unresolved,
        severity: Severity::Note,
        message: format!(
            "{}: \"{}\" could not be resolved",
            claim.title.clone().unwrap_or_else(|| claim.id.clone()),
            o.raw
        ),
        primary: i,
        related: vec![],
        reference: None,
        help: vec![
            reason,
            "give the article a publication date (front matter, manifest or dateline) to check it"
                .into(),
        ],
        fingerprint: String::new(),
    }
}

/// The observation's as-of date: explicit in the sentence, else its publication day.
pub fn as_of(o: &Observation) -> Option<DateValue> {
    o.as_of.clone().or_else(|| {
        o.source.published.map(|d| DateValue {
            timex: d.to_string(),
            start: d,
            end: d,
            granularity: crate::values::Granularity::Day,
            modifier: None,
        })
    })
}

/// The value all of `values` share: their intersection for intervals.
fn common_value<'v>(mut values: impl Iterator<Item = &'v Value>) -> String {
    let Some(first) = values.next() else {
        return String::new();
    };
    let mut acc = first.clone();
    for v in values {
        acc = match (&acc, v) {
            (Value::Date(a), Value::Date(b)) => {
                let start = a.start.max(b.start);
                let end = a.end.min(b.end);
                if start > end {
                    return first.to_string();
                }
                Value::Date(DateValue {
                    timex: format!("{start}..{end}"),
                    start,
                    end,
                    granularity: a.granularity.min(b.granularity),
                    modifier: None,
                })
            }
            _ => acc,
        };
    }
    acc.to_string()
}

/// One end of an interval on a number line (dates as day numbers).
#[derive(Clone, Copy)]
struct Bound {
    at: f64,
    open: bool,
}

fn bounds_of(v: &Value) -> Option<(Bound, Bound)> {
    match v {
        Value::Date(d) => Some((
            Bound {
                at: d.start.num_days_from_ce() as f64,
                open: false,
            },
            Bound {
                at: d.end.num_days_from_ce() as f64,
                open: false,
            },
        )),
        Value::Quantity(q) => Some((
            Bound {
                at: q.lo,
                open: q.lo_open,
            },
            Bound {
                at: q.hi,
                open: q.hi_open,
            },
        )),
        _ => None,
    }
}

/// How many related observations a finding carries at most: enough to show who says what,
/// few enough that a finding over a large collection stays readable.
pub const MAX_RELATED: usize = 12;

/// The related observations in time order, at most one per article and `MAX_RELATED` in all.
fn related(obs: &[Observation], ids: &[usize]) -> Vec<usize> {
    let mut seen = std::collections::HashSet::new();
    let mut v = sorted(obs, ids);
    v.retain(|&i| {
        seen.insert((obs[i].source.doc, obs[i].source.name.clone())) || ids.len() <= MAX_RELATED
    });
    v.truncate(MAX_RELATED);
    v
}

fn sorted(obs: &[Observation], ids: &[usize]) -> Vec<usize> {
    let mut v = ids.to_vec();
    v.sort_by(|&a, &b| {
        (
            obs[a].source.published,
            &obs[a].source.name,
            obs[a].span.start,
        )
            .cmp(&(
                obs[b].source.published,
                &obs[b].source.name,
                obs[b].span.start,
            ))
    });
    v
}

fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 { one } else { many }
}

impl crate::values::Modality {
    fn describe_or(&self, fallback: &str) -> String {
        let d = self.describe();
        if d.is_empty() {
            fallback.to_string()
        } else {
            d
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::from_text_dated;
    use crate::matcher::Matcher;
    use crate::rule::RuleSet;

    const RULES: &str = "[story]\nid = \"s\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"entity-list-date\"\nvalue = \"date\"\nfirm-only\npatterns = [\"Huawei ~ blacklisted ~ {date}\"]\n";

    fn findings(firm_only: bool) -> Vec<super::Finding> {
        let rules = RULES.replace(
            "firm-only\n",
            if firm_only { "firm_only = true\n" } else { "" },
        );
        let mut set = RuleSet::default();
        set.add("r.toml", &rules).expect("compiles");
        let matcher = Matcher::new(&set);
        let texts = [
            ("Huawei was reportedly blacklisted in 2018.", "2019-09-05"),
            ("Huawei was blacklisted in May 2019.", "2019-10-10"),
        ];
        let mut obs = Vec::new();
        for (i, (text, published)) in texts.iter().enumerate() {
            let doc = from_text_dated(
                format!("a{i}"),
                text.to_string(),
                published.parse().ok(),
                &mut vec![],
            );
            obs.extend(matcher.observe(i, &doc));
        }
        assert_eq!(obs.len(), 2);
        super::compare(&set, &obs)
    }

    #[test]
    fn a_hedged_claim_that_disagrees_weighs_less() {
        let f = findings(false);
        assert_eq!(f.len(), 1);
        // The firm 2019 statement outweighs the hedged 2018 one, which is the outlier, and
        // the finding is a warning, not an error, saying why.
        assert_eq!(f[0].severity, crate::rule::Severity::Warning);
        assert!(
            f[0].help
                .iter()
                .any(|h| h.contains("states it with reservation (hedged)")),
            "{:?}",
            f[0].help
        );
    }

    #[test]
    fn a_firm_only_claim_ignores_hedged_statements() {
        assert!(findings(true).is_empty());
    }
}
