//! The command line: clap derive; the only module that imports clap's parser.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::FailOn;
use crate::report::Format;

/// Output formats (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Human,
    Json,
    Sarif,
    Github,
    Markdown,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Github => Format::Github,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

/// `--output FORMAT=FILE`: a report written to a file (atomically) besides the one on stdout.
#[derive(Debug, Clone)]
pub struct OutputArg {
    pub format: Format,
    pub path: PathBuf,
}

fn parse_output(s: &str) -> Result<OutputArg, String> {
    let (format, path) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: write it as FORMAT=FILE, e.g. sarif=claimlint.sarif"))?;
    let format = Format::parse(format).ok_or_else(|| {
        format!("unknown format `{format}` (human, json, sarif, github, markdown)")
    })?;
    Ok(OutputArg {
        format,
        path: PathBuf::from(path),
    })
}

/// The least severity that fails a run (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
    Note,
    Never,
}

impl From<FailOnArg> for FailOn {
    fn from(f: FailOnArg) -> FailOn {
        match f {
            FailOnArg::Error => FailOn::Error,
            FailOnArg::Warning => FailOn::Warning,
            FailOnArg::Note => FailOn::Note,
            FailOnArg::Never => FailOn::Never,
        }
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "claimlint",
    version,
    about = "Checks news articles for factual claims that disagree"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against each other, over time, and against reference values
    Check(CheckArgs),
    /// Tag every temporal expression in a text, one JSON object a line
    Dates(DatesArgs),
    /// Find every number, money amount and percentage in a text, one JSON object a line
    Values(DatesArgs),
    /// The map step: observations from articles (paths, or JSON Lines on stdin) as JSON Lines
    Extract(ExtractArgs),
    /// Run the examples in rule files
    Test(TestArgs),
    /// Record the current findings as accepted, so that they stop failing CI
    Baseline(BaselineArgs),
    /// Every observation of one claim in time order: who said what, and when
    #[command(alias = "timeline")]
    Explain(ExplainArgs),
    /// List the stories and claims in the rule files
    Rules(RulesArgs),
    /// Write a starter claimlint.toml and an annotated rule file (never over existing files)
    Init(InitArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Articles: files or folders (default: the config's `articles`, else the current folder)
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub sources: Sources,
    /// Format of the report on standard output
    #[arg(long, value_enum, default_value = "human")]
    pub format: FormatArg,
    /// Also write a report to a file, as FORMAT=FILE (repeatable): `--output sarif=out.sarif`
    #[arg(long = "output", short = 'o', value_parser = parse_output, value_name = "FORMAT=FILE")]
    pub outputs: Vec<OutputArg>,
    /// Least severity that makes the exit status 1
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// Compare observations written by `claimlint extract` instead of reading articles
    #[arg(long = "observations", value_name = "FILE", num_args = 1.., conflicts_with = "paths")]
    pub observations: Vec<PathBuf>,
    /// Check the PATHS as drafts against this archive: findings are reported only in the drafts
    #[arg(long = "against", value_name = "ARCHIVE")]
    pub against: Vec<PathBuf>,
    /// Accepted findings to leave out (default: the config's `baseline`)
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Ignore the baseline
    #[arg(long, conflicts_with = "baseline")]
    pub no_baseline: bool,
    /// A facts ledger of reference values (repeatable; added to the config's `facts`)
    #[arg(long = "facts", value_name = "FILE")]
    pub facts: Vec<PathBuf>,
    /// Report only findings that involve articles changed since this git revision
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Report only findings that involve these articles (repeatable), e.g. from a CI's list of changed files
    #[arg(
        long = "changed",
        value_name = "FILE",
        conflicts_with = "changed_since"
    )]
    pub changed: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub check: CheckArgs,
    /// Why these findings are accepted, recorded with each new entry
    #[arg(long)]
    pub reason: Option<String>,
    /// The baseline file to write (default: the config's `baseline`, else claimlint-baseline.json)
    #[arg(long = "write", value_name = "FILE")]
    pub write: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The claim to show
    pub claim: String,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Rule files (default: the config's `rules`, else rules/*.toml)
    pub rules: Vec<PathBuf>,
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to set up (default: the current one)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Articles: files or folders (default: a JSON Lines collection on standard input)
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub sources: Sources,
}

/// Where the rules, manifests and config come from (`check` and `extract` alike).
#[derive(Debug, clap::Args)]
pub struct Sources {
    /// Rule files (default: the config's `rules`)
    #[arg(long = "rules", short = 'r')]
    pub rules: Vec<PathBuf>,
    /// Manifest files giving articles' outlets and dates
    #[arg(long = "manifest")]
    pub manifests: Vec<PathBuf>,
    /// Config file (default: claimlint.toml in the first path's folder or above, else the working folder or above)
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct DatesArgs {
    /// The publication date relative expressions are resolved against (YYYY-MM-DD)
    #[arg(long)]
    pub published: Option<String>,
    /// A text file (default: standard input)
    pub file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// Rule files (default: the config's `rules`)
    pub rules: Vec<PathBuf>,
    #[arg(long)]
    pub config: Option<PathBuf>,
}
