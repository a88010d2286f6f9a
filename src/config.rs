//! `claimlint.toml`: where the rules, articles and manifests are, severity overrides and
//! the failing severity. Found by walking up from a directory; unknown keys are errors.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::problem::Problem;
use crate::rule::Severity;

pub const FILE_NAME: &str = "claimlint.toml";

/// A loaded config; paths in it are resolved against its folder.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub rules: Vec<PathBuf>,
    pub articles: Vec<PathBuf>,
    pub manifests: Vec<PathBuf>,
    pub severity: BTreeMap<String, Severity>,
    pub fail_on: Option<FailOn>,
    pub baseline: Option<PathBuf>,
    pub facts: Vec<PathBuf>,
    /// Globs (gitignore syntax, relative to the config's folder) of files not to check.
    pub exclude: Vec<String>,
}

/// The least severity that fails a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Note => true,
            FailOn::Never => false,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    manifests: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Severity>,
    #[serde(default)]
    fail_on: Option<FailOn>,
    #[serde(default)]
    baseline: Option<String>,
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

/// Finds `claimlint.toml` in `start` or the nearest folder above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, Problem> {
        let name = path.display().to_string();
        let text = fs::read_to_string(path)
            .map_err(|e| Problem::error(format!("cannot read config: {e}")).in_file(&name))?;
        let file: ConfigFile = toml::from_str(&text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().lines().next().unwrap_or("").to_string();
            let mut p =
                Problem::error(format!("invalid config: {message}")).at(&name, &text, span, "here");
            if let Some(rest) = message.strip_prefix("unknown field `")
                && let Some((field, expected)) = rest.split_once('`')
            {
                let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
                if let Some(near) = crate::rule::pattern::strsim_best(field, &options) {
                    p = p.with_help(format!("did you mean `{near}`?"));
                }
            }
            p
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let resolve = |v: Vec<String>| {
            v.into_iter()
                .map(|p| relative_to_cwd(&clean(&dir.join(p))))
                .collect::<Vec<_>>()
        };
        Ok(Config {
            path: Some(path.to_path_buf()),
            rules: resolve(file.rules),
            articles: resolve(file.articles),
            manifests: resolve(file.manifests),
            severity: file.severity,
            fail_on: file.fail_on,
            baseline: file.baseline.map(|b| relative_to_cwd(&clean(&dir.join(b)))),
            facts: resolve(file.facts),
            exclude: file.exclude,
        })
    }
}

/// A path under the working folder, written relative to it: reports name files as a user
/// in that folder would, and content fingerprints do not depend on where a checkout lives.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    match path.strip_prefix(&cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rel) => rel.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}

/// `fixtures/huawei/../../rules/x.toml` → `rules/x.toml`, `dir/.` → `dir`, without touching
/// the file system, so that reports name files the way the user wrote them.
pub fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_relative_paths_lexically() {
        assert_eq!(
            clean(Path::new("fixtures/huawei/../../rules/x.toml")),
            PathBuf::from("rules/x.toml")
        );
        assert_eq!(
            clean(Path::new("fixtures/huawei/.")),
            PathBuf::from("fixtures/huawei")
        );
        assert_eq!(clean(Path::new("../a")), PathBuf::from("../a"));
    }

    #[test]
    fn unknown_key_is_an_error_with_a_suggestion() {
        let dir = std::env::temp_dir().join(format!("claimlint-config-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(FILE_NAME);
        fs::write(&path, "rules = [\"r.toml\"]\nmanifest = [\"m.toml\"]\n").expect("write");
        let err = Config::load(&path).expect_err("unknown key");
        assert!(
            err.message.contains("unknown field `manifest`"),
            "{}",
            err.message
        );
        assert_eq!(err.help.as_deref(), Some("did you mean `manifests`?"));
        let (span, _) = err.span.expect("points into the file");
        assert_eq!(span.offset(), 19);
        fs::remove_dir_all(&dir).ok();
    }
}
