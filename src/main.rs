//! The binary: parse arguments, call the library, print, map the outcome to an exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use claimlint::cli::{
    BaselineArgs, CheckArgs, Cli, Color, Command, DatesArgs, ExplainArgs, ExtractArgs, InitArgs,
    RulesArgs, TestArgs,
};
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
        Command::Dates(args) => dates(args, false),
        Command::Values(args) => dates(args, true),
        Command::Extract(args) => extract(args),
        Command::Baseline(args) => baseline(args),
        Command::Explain(args) => explain(args),
        Command::Rules(args) => rules(args),
        Command::Init(args) => init(args),
        Command::Test(args) => test(args),
    };
    ExitCode::from(code)
}

fn check(args: CheckArgs) -> u8 {
    let err_style = style(args.color, io::stderr().is_terminal());
    let (outcome, config) = match run(&args, true) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let out_style = style(args.color, io::stdout().is_terminal());
    let report = outcome.report();
    for output in &args.outputs {
        if let Err(e) = report::write_file(&report, output.format, &output.path) {
            return broken(
                &[Problem::error(format!(
                    "cannot write {}: {e}",
                    output.path.display()
                ))],
                err_style,
            );
        }
    }
    if let Err(code) = write_stdout("the report", err_style, |out| {
        report::write(&report, args.format.into(), out_style, out)
    }) {
        return code;
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

/// Loads the config, runs the check as the arguments say, and prints problems; `Err` is
/// the exit code when it could not run.
fn run(args: &CheckArgs, use_baseline: bool) -> Result<(claimlint::Outcome, Config), u8> {
    let err_style = style(args.color, io::stderr().is_terminal());
    let first = args
        .paths
        .first()
        .or(args.against.first())
        .map(PathBuf::as_path);
    let config = load_config(args.sources.config.as_deref(), first, err_style)?;
    let mut opts = options(
        &config,
        args.paths.clone(),
        args.sources.rules.clone(),
        args.sources.manifests.clone(),
    )
    .map_err(|p| broken(&[p], err_style))?;
    if !args.against.is_empty() {
        opts.drafts = std::mem::take(&mut opts.paths);
        opts.paths = args.against.clone();
        opts.today = Some(chrono::Local::now().date_naive());
    }
    opts.facts.extend(args.facts.iter().cloned());
    let baseline = args
        .baseline
        .clone()
        .or_else(|| config.baseline.clone())
        .filter(|_| use_baseline && !args.no_baseline);
    if let Some(path) = baseline {
        // A configured baseline that does not exist yet is simply empty.
        if path.exists() || args.baseline.is_some() {
            opts.baseline = Some(
                claimlint::baseline::Baseline::load(&path).map_err(|p| broken(&[p], err_style))?,
            );
        }
    }
    let outcome = if args.observations.is_empty() {
        let bar = Bar::new(io::stderr().is_terminal());
        claimlint::check_with(&opts, &bar)
    } else {
        let mut observations = Vec::new();
        for path in &args.observations {
            observations.append(
                &mut claimlint::observation::read_jsonl(path)
                    .map_err(|p| broken(&[p], err_style))?,
            );
        }
        claimlint::reduce(&opts, observations)
    };
    let mut outcome = outcome.map_err(|problems| broken(&problems, err_style))?;
    if let Some(rev) = &args.changed_since {
        let changed = changed_files(rev).map_err(|p| broken(&[p], err_style))?;
        outcome.only_involving(&changed);
    } else if !args.changed.is_empty() {
        let changed: Vec<PathBuf> = args
            .changed
            .iter()
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        outcome.only_involving(&changed);
    }
    if !outcome.problems.is_empty() {
        eprint(&report::human::render_problems(
            &outcome.problems,
            err_style,
        ));
    }
    Ok((outcome, config))
}

/// Files changed since a git revision, and files git does not track yet, as canonical paths.
fn changed_files(rev: &str) -> Result<Vec<PathBuf>, Problem> {
    let git = |args: &[&str]| -> Result<String, Problem> {
        let out = std::process::Command::new("git")
            .args(args)
            .output()
            .map_err(|e| Problem::error(format!("cannot run git: {e}")))?;
        if !out.status.success() {
            return Err(Problem::error(format!(
                "git {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
            .with_help("--changed-since needs a git repository and a revision it knows"));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let top = PathBuf::from(git(&["rev-parse", "--show-toplevel"])?.trim());
    let mut names = git(&["diff", "--name-only", rev, "--"])?;
    names.push_str(&git(&["ls-files", "--others", "--exclude-standard"])?);
    Ok(names
        .lines()
        .filter(|l| !l.is_empty())
        .filter_map(|l| top.join(l).canonicalize().ok())
        .collect())
}

fn baseline(args: BaselineArgs) -> u8 {
    let err_style = style(args.check.color, io::stderr().is_terminal());
    let (outcome, config) = match run(&args.check, false) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let path = args
        .write
        .or(config.baseline)
        .unwrap_or_else(|| PathBuf::from("claimlint-baseline.json"));
    let mut baseline = if path.exists() {
        match claimlint::baseline::Baseline::load(&path) {
            Ok(b) => b,
            Err(p) => return broken(&[p], err_style),
        }
    } else {
        claimlint::baseline::Baseline::default()
    };
    let today = chrono::Local::now().date_naive().to_string();
    let added = baseline.record(
        &outcome.findings,
        &outcome.observations,
        args.reason.as_deref(),
        &today,
    );
    let stale = baseline.stale(&outcome.findings);
    if let Err(e) = baseline.save(&path) {
        return broken(
            &[Problem::error(format!(
                "cannot write {}: {e}",
                path.display()
            ))],
            err_style,
        );
    }
    let mut msg = format!(
        "{}: {added} findings added, {} in all",
        path.display(),
        baseline.findings.len()
    );
    if stale > 0 {
        msg.push_str(&format!(
            "; {stale} entries match no current finding (kept; delete them by hand once their articles are settled)"
        ));
    }
    print(&format!("{msg}\n"));
    CLEAN
}

fn explain(args: ExplainArgs) -> u8 {
    let err_style = style(args.check.color, io::stderr().is_terminal());
    let (outcome, _) = match run(&args.check, true) {
        Ok(r) => r,
        Err(code) => return code,
    };
    if outcome.rules.claim(&args.claim).is_none() {
        let ids: Vec<&str> = outcome.rules.claims.iter().map(|c| c.id.as_str()).collect();
        let mut p = Problem::error(format!("no claim `{}` in the rules", args.claim));
        if let Some(near) = claimlint::rule::pattern::strsim_best(&args.claim, &ids) {
            p = p.with_help(format!("did you mean `{near}`?"));
        }
        return broken(&[p], err_style);
    }
    let mut out = Vec::new();
    let _ = report::timeline::write(&outcome.report(), &outcome.rules, &args.claim, &mut out);
    print(&String::from_utf8_lossy(&out));
    CLEAN
}

fn rules(args: RulesArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let config = match load_config(
        args.config.as_deref(),
        args.rules.first().map(PathBuf::as_path),
        err_style,
    ) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let files = first_non_empty(args.rules, &config.rules, default_rules());
    let set = match RuleSet::load(&files) {
        Ok(s) => s,
        Err(problems) => return broken(&problems, err_style),
    };
    let mut out = String::new();
    for (i, story) in set.stories.iter().enumerate() {
        out.push_str(&format!(
            "{} — {} ({})\n",
            story.id,
            story.title.as_deref().unwrap_or(""),
            story.file
        ));
        for c in set.claims.iter().filter(|c| c.story == i) {
            let key = c
                .key
                .as_ref()
                .map(|k| format!(" by {k}"))
                .unwrap_or_default();
            let reference = if c.references.is_empty() {
                ""
            } else {
                ", reference"
            };
            out.push_str(&format!(
                "  {:<28} {:<7} {:?}{key}, {}{reference}  {}\n",
                c.id,
                c.kind.name(),
                c.policy,
                c.severity.name(),
                c.title.as_deref().unwrap_or("")
            ));
        }
    }
    print(&out);
    CLEAN
}

fn init(args: InitArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let config = args.dir.join(config::FILE_NAME);
    let rule = args.dir.join("rules").join("example.toml");
    let existing: Vec<String> = [&config, &rule]
        .iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return broken(
            &[Problem::error(format!(
                "{} already {}; nothing was written",
                existing.join(" and "),
                if existing.len() == 1 {
                    "exists"
                } else {
                    "exist"
                }
            ))
            .with_help("claimlint init never overwrites files; move them aside to start again")],
            err_style,
        );
    }
    let written = std::fs::create_dir_all(rule.parent().unwrap_or(&args.dir))
        .and_then(|_| write_new(&config, claimlint::init::CONFIG))
        .and_then(|_| write_new(&rule, claimlint::init::RULE));
    match written {
        Ok(()) => {
            print(&format!(
                "wrote {} and {}\nnext: put articles beside them, then run `claimlint test` and `claimlint check`\n",
                config.display(),
                rule.display()
            ));
            CLEAN
        }
        Err(e) => broken(
            &[Problem::error(format!(
                "cannot write the starter files: {e}"
            ))],
            err_style,
        ),
    }
}

/// Creates a file that must not exist yet.
fn write_new(path: &Path, contents: &str) -> io::Result<()> {
    use std::io::Write as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(contents.as_bytes())
}

fn extract(args: ExtractArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let config = match load_config(
        args.sources.config.as_deref(),
        args.paths.first().map(PathBuf::as_path),
        err_style,
    ) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let stdin = args.paths.is_empty();
    let opts = match options(
        &config,
        args.paths,
        args.sources.rules,
        args.sources.manifests,
    ) {
        Ok(o) => o,
        Err(p) => return broken(&[p], err_style),
    };
    let rules = match RuleSet::load(&opts.rules) {
        Ok(r) => r,
        Err(problems) => return broken(&problems, err_style),
    };
    let mut problems = Vec::new();
    let reader = if stdin {
        claimlint::corpus::Reader::jsonl("-", io::stdin())
    } else {
        claimlint::corpus::Reader::new(claimlint::corpus::article_files(&opts.paths, &mut problems))
    };
    let (observations, _, mut more) =
        claimlint::extract(&rules, reader, &opts.manifests, &claimlint::Quiet);
    problems.append(&mut more);
    eprint(&report::human::render_problems(&problems, err_style));
    if let Err(code) = write_stdout("observations", err_style, |out| {
        claimlint::observation::write_jsonl(out, &observations)
    }) {
        return code;
    }
    if problems.iter().any(Problem::is_error) {
        BROKEN
    } else {
        CLEAN
    }
}

/// What to check: arguments first, then the config, then defaults.
fn options(
    config: &Config,
    paths: Vec<PathBuf>,
    rules: Vec<PathBuf>,
    manifests: Vec<PathBuf>,
) -> Result<claimlint::Check, Problem> {
    let paths = first_non_empty(paths, &config.articles, vec![PathBuf::from(".")]);
    let rules = first_non_empty(rules, &config.rules, vec![]);
    if rules.is_empty() {
        return Err(Problem::error("no rule files to check with")
            .with_help("pass --rules FILE, or list them as `rules = [...]` in claimlint.toml"));
    }
    let mut all_manifests = config.manifests.clone();
    all_manifests.extend(manifests);
    Ok(claimlint::Check {
        paths,
        rules,
        manifests: all_manifests,
        severity: config.severity.clone(),
        facts: config.facts.clone(),
        exclude: claimlint::corpus::Exclude {
            root: config
                .path
                .as_ref()
                .and_then(|p| p.parent())
                .map_or_else(|| PathBuf::from("."), config::relative_to_cwd),
            globs: config.exclude.clone(),
        },
        ..claimlint::Check::default()
    })
}

/// A progress bar on stderr, drawn only on a terminal and only once a run has taken
/// more than a second.
struct Bar {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Bar {
    fn new(terminal: bool) -> Bar {
        let bar = terminal.then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::hidden(),
            );
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Bar {
            bar,
            started: std::time::Instant::now(),
            shown: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

impl claimlint::Progress for Bar {
    fn start(&self, total: u64) {
        if let Some(bar) = &self.bar {
            bar.set_length(total);
        }
    }
    fn advance(&self, bytes: u64, articles: u64) {
        let Some(bar) = &self.bar else { return };
        bar.inc(bytes);
        let _ = articles;
        if self.started.elapsed().as_secs_f64() > 1.0
            && !self.shown.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }
    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// `dates` and `values`: tag a text and print one JSON object a line.
fn dates(args: DatesArgs, quantities: bool) -> u8 {
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
        // (valid UTF-8 is taken as it is, without the copy and the slower scan of a lossy
        // read)
        Ok(bytes) => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err((name, e)) => {
            return broken(
                &[Problem::error(format!("cannot read: {e}")).in_file(name)],
                err_style,
            );
        }
    };
    let mut out = String::new();
    if quantities {
        for q in claimlint::values::number::find(&text) {
            let line = serde_json::json!({
                "start": q.span.start,
                "end": q.span.end,
                "text": &text[q.span.clone()],
                "value": q.quantity.value,
                "interval": {
                    "lo": q.quantity.lo.is_finite().then_some(q.quantity.lo),
                    "hi": q.quantity.hi.is_finite().then_some(q.quantity.hi),
                    "lo_open": q.quantity.lo_open,
                    "hi_open": q.quantity.hi_open,
                },
                "unit": q.quantity.unit,
                "qualifier": q.quantity.qualifier,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
        print(&out);
        return CLEAN;
    }
    for t in claimlint::values::date::tag(&text, published) {
        let line = DateLine {
            end: t.span.end,
            from: t.counted_from.clone().map(|at| FromLine {
                end: at.end,
                start: at.start,
                text: &text[at],
            }),
            // the past and the future are open at their far end: null, as for quantities
            interval: t.date.as_ref().map(|d| IntervalLine {
                end: (d.end != chrono::NaiveDate::MAX).then_some(d.end),
                granularity: d.granularity,
                start: (d.start != chrono::NaiveDate::MIN).then_some(d.start),
            }),
            modifier: t.modifier.map(|m| m.timex()),
            start: t.span.start,
            text: &text[t.span.clone()],
            kind: t.kind,
            value: &t.value,
        };
        out.push_str(&serde_json::to_string(&line).expect("a tag serialises"));
        out.push('\n');
    }
    print(&out);
    CLEAN
}

/// One line of `claimlint dates`: its fields in the order of their names, as the JSON
/// objects of the other commands print them. (A struct rather than `json!`, which built a
/// map for every tag: a sixth of the command's instructions over Reuters-21578.)
#[derive(serde::Serialize)]
struct DateLine<'a> {
    end: usize,
    /// Where the text named the date this one was counted from, when not the publication.
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<FromLine<'a>>,
    interval: Option<IntervalLine>,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
    start: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: claimlint::values::date::TimexKind,
    value: &'a str,
}

/// The date a [`DateLine`] was counted from: "May 15, 2019" for "the following day".
#[derive(serde::Serialize)]
struct FromLine<'a> {
    end: usize,
    start: usize,
    text: &'a str,
}

/// The interval of a [`DateLine`]; `null` ends are open.
#[derive(serde::Serialize)]
struct IntervalLine {
    end: Option<chrono::NaiveDate>,
    granularity: claimlint::values::date::Granularity,
    start: Option<chrono::NaiveDate>,
}

fn test(args: TestArgs) -> u8 {
    let err_style = style(Color::Auto, io::stderr().is_terminal());
    let config = match load_config(
        args.config.as_deref(),
        args.rules.first().map(PathBuf::as_path),
        err_style,
    ) {
        Ok(c) => c,
        Err(code) => return code,
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

/// Loads the config the arguments point to (or the one found above them); a broken one is
/// shown and its exit code returned.
fn load_config(
    explicit: Option<&Path>,
    first_path: Option<&Path>,
    err_style: Style,
) -> Result<Config, u8> {
    let found = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => first_path.and_then(config::discover).or_else(|| {
            std::env::current_dir()
                .ok()
                .and_then(|d| config::discover(&d))
        }),
    };
    match found {
        Some(path) => Config::load(&path).map_err(|p| broken(&[p], err_style)),
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

/// Writes `what` to stdout through a buffer; `Err` is the exit code when it could not be
/// written. A reader that has gone (`| head`) is a clean exit.
fn write_stdout(
    what: &str,
    err_style: Style,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), u8> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(CLEAN),
        Err(e) => Err(broken(
            &[Problem::error(format!("cannot write {what}: {e}"))],
            err_style,
        )),
    }
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
