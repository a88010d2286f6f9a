//! Compares observations of each claim (and key) across sources and over time, by the
//! claim's policy, and turns disagreements into findings. It never sees a file.

use std::collections::BTreeMap;

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
}

/// Compares all observations; findings come out in a deterministic order.
pub fn compare(rules: &RuleSet, observations: &[Observation]) -> Vec<Finding> {
    let mut groups: BTreeMap<(usize, Option<String>), Vec<usize>> = BTreeMap::new();
    let mut findings = Vec::new();
    for (i, o) in observations.iter().enumerate() {
        let Some(claim_idx) = rules.claims.iter().position(|c| c.id == o.claim) else {
            continue;
        };
        if o.value.value().is_none() {
            let claim = &rules.claims[claim_idx];
            findings.push(unresolved(claim, i, o));
            continue;
        }
        groups
            .entry((claim_idx, o.key.clone()))
            .or_default()
            .push(i);
    }
    for ((claim_idx, key), members) in groups {
        let claim = &rules.claims[claim_idx];
        let reference = claim
            .references
            .get(&key)
            .or_else(|| claim.references.get(&None));
        let cx = Group {
            claim,
            key: key.clone(),
            obs: observations,
            reference,
        };
        match claim.policy {
            Policy::Fixed => cx.fixed(&members, &mut findings),
            _ => cx.evolving(&members, &mut findings),
        }
    }
    let order: BTreeMap<&str, usize> = rules
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    findings.sort_by(|a, b| {
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
}

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
        if self.reference.is_none() && majority.len() == outliers.len() && !outliers.is_empty() {
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
            out.push(self.contradiction(newest, &others, true));
            return;
        }
        for &o in &outliers {
            let kind = if majority.is_empty() {
                FindingKind::Reference
            } else {
                FindingKind::Contradiction
            };
            let mut f = self.contradiction(o, &majority, false);
            f.kind = kind;
            out.push(f);
        }
    }

    fn contradiction(&self, primary: usize, others: &[usize], tie: bool) -> Finding {
        let p = &self.obs[primary];
        let value = self.value(primary);
        let mut help = Vec::new();
        let what = self.subject();
        let message = if others.is_empty() {
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
                self.value(others[0])
            )
        } else {
            format!(
                "{what}: {} contradicts {} other {}",
                value,
                others.len(),
                plural(others.len(), "source", "sources")
            )
        };
        if !others.is_empty() {
            help.push(self.summary(others));
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
            related: sorted(self.obs, others),
            reference: self.reference.cloned(),
            help,
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
                    ..self.clone_ref()
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

    fn clone_ref(&self) -> Group<'_> {
        Group {
            claim: self.claim,
            key: self.key.clone(),
            obs: self.obs,
            reference: self.reference,
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
            related: sorted(self.obs, before),
            reference: None,
            help: vec![self.summary(before)],
        }
    }

    /// The largest (by weight) set of members that all agree with each other.
    fn largest_agreeing(&self, members: &[usize]) -> Vec<usize> {
        let mut best: Vec<usize> = Vec::new();
        let mut best_weight = -1.0;
        for &seed in members {
            let mut group = vec![seed];
            for &j in members {
                if j != seed && group.iter().all(|&g| self.value(g).agrees(self.value(j))) {
                    group.push(j);
                }
            }
            let weight: f64 = group.iter().map(|&g| self.obs[g].modality.weight()).sum();
            if weight > best_weight {
                best_weight = weight;
                best = group;
            }
        }
        best.sort();
        best
    }

    /// "3 sources say 2019-05-11..2019-05-20: Investopedia (2019-07-09, "earlier this year"), ..."
    fn summary(&self, others: &[usize]) -> String {
        let common = common_value(others.iter().map(|&i| self.value(i)));
        let names: Vec<String> = sorted(self.obs, others)
            .iter()
            .map(|&i| {
                let o = &self.obs[i];
                let who = o
                    .source
                    .outlet
                    .clone()
                    .unwrap_or_else(|| o.source.name.clone());
                let when = o
                    .source
                    .published
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default();
                format!("{who}{when}: \"{}\"", o.raw)
            })
            .collect();
        format!(
            "{} {} {}: {}",
            others.len(),
            plural(others.len(), "source", "sources"),
            plural(others.len(), "says", "say"),
            common,
        ) + &format!(" ({})", names.join("; "))
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
