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
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
        }
    }
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
    /// The map step: observations from articles (paths, or JSON Lines on stdin) as JSON Lines
    Extract(ExtractArgs),
    /// Run the examples in rule files
    Test(TestArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Articles: files or folders (default: the config's `articles`, else the current folder)
    pub paths: Vec<PathBuf>,
    /// Rule files (default: the config's `rules`)
    #[arg(long = "rules", short = 'r')]
    pub rules: Vec<PathBuf>,
    /// Manifest files giving articles' outlets and dates
    #[arg(long = "manifest")]
    pub manifests: Vec<PathBuf>,
    /// Config file (default: claimlint.toml in the first path's folder or above, else the working folder or above)
    #[arg(long)]
    pub config: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: FormatArg,
    /// Least severity that makes the exit status 1
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// Compare observations written by `claimlint extract` instead of reading articles
    #[arg(long = "observations", value_name = "FILE", conflicts_with = "paths")]
    pub observations: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Articles: files or folders (default: a JSON Lines collection on standard input)
    pub paths: Vec<PathBuf>,
    #[arg(long = "rules", short = 'r')]
    pub rules: Vec<PathBuf>,
    #[arg(long = "manifest")]
    pub manifests: Vec<PathBuf>,
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
