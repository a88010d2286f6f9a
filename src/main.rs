//! The binary: parse arguments, call the library, print, map the outcome to an exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use claimlint::cli::{CheckArgs, Cli, Color, Command, DatesArgs, TestArgs};
use claimlint::config::{self, Config, FailOn};
use claimlint::problem::Problem;
use claimlint::report::{self, Style};
use claimlint::rule::RuleSet;

const CLEAN: u8 = 0;
const FINDINGS: u8 = 1;
const BROKEN: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check(args) => check(args),
        Command::Dates(args) => dates(args),
        Command::Test(args) => test(args),
    };
    ExitCode::from(code)
}

fn check(args: CheckArgs) -> u8 {
    let err_style = style(args.color, io::stderr().is_terminal());
    let config = match load_config(
        args.config.as_deref(),
        args.paths.first().map(PathBuf::as_path),
    ) {
        Ok(c) => c,
        Err(p) => return broken(&[p], err_style),
    };
    let paths = first_non_empty(args.paths, &config.articles, vec![PathBuf::from(".")]);
    let rules = first_non_empty(args.rules, &config.rules, vec![]);
    if rules.is_empty() {
        return broken(
            &[Problem::error("no rule files to check with")
                .with_help("pass --rules FILE, or list them as `rules = [...]` in claimlint.toml")],
            err_style,
        );
    }
    let mut manifests = config.manifests.clone();
    manifests.extend(args.manifests);
    let opts = claimlint::Check {
        paths,
        rules,
        manifests,
        severity: config.severity.clone(),
    };
    let outcome = match claimlint::check(&opts) {
        Ok(o) => o,
        Err(problems) => return broken(&problems, err_style),
    };
    let out_style = style(args.color, io::stdout().is_terminal());
    let report = outcome.report();
    let rendered = report::render(&report, args.format.into(), out_style);
    if !outcome.problems.is_empty() {
        eprint(&report::human::render_problems(
            &outcome.problems,
            err_style,
        ));
    }
    if !print(&rendered) {
        return CLEAN;
    }
    let fail_on = args
        .fail_on
        .map(FailOn::from)
        .or(config.fail_on)
        .unwrap_or(FailOn::Error);
    if outcome.problems.iter().any(Problem::is_error) {
        BROKEN
    } else if outcome.findings.iter().any(|f| fail_on.fails(f.severity)) {
        FINDINGS
    } else {
        CLEAN
    }
}

fn dates(args: DatesArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let published = match args.published.as_deref().map(claimlint::corpus::parse_date) {
        None => None,
        Some(Some(d)) => Some(d),
        Some(None) => {
            return broken(
                &[Problem::error(format!(
                    "`--published {}` is not a date",
                    args.published.unwrap_or_default()
                ))
                .with_help("write it as YYYY-MM-DD")],
                err_style,
            );
        }
    };
    let text: Result<Vec<u8>, (String, io::Error)> = match &args.file {
        Some(path) => std::fs::read(path).map_err(|e| (path.display().to_string(), e)),
        None => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map(|_| buf)
                .map_err(|e| ("standard input".to_string(), e))
        }
    };
    let text = match text {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err((name, e)) => {
            return broken(
                &[Problem::error(format!("cannot read: {e}")).in_file(name)],
                err_style,
            );
        }
    };
    let mut out = String::new();
    for t in claimlint::values::date::tag(&text, published) {
        let line = serde_json::json!({
            "start": t.span.start,
            "end": t.span.end,
            "text": &text[t.span.clone()],
            "value": t.value,
            "type": t.kind,
            "interval": t.date.as_ref().map(|d| serde_json::json!({"start": d.start, "end": d.end, "granularity": d.granularity})),
            "mod": t.modifier.map(|m| m.timex()),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    print(&out);
    CLEAN
}

fn test(args: TestArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let config = match load_config(
        args.config.as_deref(),
        args.rules.first().map(PathBuf::as_path),
    ) {
        Ok(c) => c,
        Err(p) => return broken(&[p], err_style),
    };
    let rules = first_non_empty(args.rules, &config.rules, default_rules());
    if rules.is_empty() {
        return broken(
            &[Problem::error("no rule files to test")
                .with_help("pass rule files, or list them in claimlint.toml")],
            err_style,
        );
    }
    let set = match RuleSet::load(&rules) {
        Ok(s) => s,
        Err(problems) => return broken(&problems, err_style),
    };
    let results = claimlint::examples::run(&set, &|file| std::fs::read_to_string(file).ok());
    eprint(&report::human::render_problems(&results.failed, err_style));
    print(&format!(
        "{} passed, {} failed\n",
        results.passed,
        results.failed.len()
    ));
    if results.failed.is_empty() {
        CLEAN
    } else {
        FINDINGS
    }
}

/// `rules/*.toml` under the working folder, for `claimlint test` with nothing given.
fn default_rules() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("rules")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    found.sort();
    found
}

fn load_config(explicit: Option<&Path>, first_path: Option<&Path>) -> Result<Config, Problem> {
    let found = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => first_path.and_then(config::discover).or_else(|| {
            std::env::current_dir()
                .ok()
                .and_then(|d| config::discover(&d))
        }),
    };
    match found {
        Some(path) => Config::load(&path),
        None => Ok(Config::default()),
    }
}

fn first_non_empty(
    given: Vec<PathBuf>,
    configured: &[PathBuf],
    fallback: Vec<PathBuf>,
) -> Vec<PathBuf> {
    if !given.is_empty() {
        given
    } else if !configured.is_empty() {
        configured.to_vec()
    } else {
        fallback
    }
}

fn style(color: Color, terminal: bool) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => terminal && !no_color,
    };
    Style {
        color,
        ..Style::default()
    }
}

fn broken(problems: &[Problem], style: Style) -> u8 {
    eprint(&report::human::render_problems(problems, style));
    BROKEN
}

/// Writes to stdout; returns false when the reader has gone (a broken pipe is a clean exit).
fn print(s: &str) -> bool {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => false,
        Err(_) => false,
    }
}

fn eprint(s: &str) {
    let _ = io::stderr().lock().write_all(s.as_bytes());
}
