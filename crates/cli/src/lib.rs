//! The `cyberfolio` command line: the same model as the site, for the
//! terminal and for CI. Each subcommand lives in its own module; this file
//! parses the arguments (clap) and maps outcomes to exit codes.

pub mod arg_errors;
pub mod export;
pub mod preview;
pub mod report;
pub mod scaffold;
pub mod site;

use std::ffi::OsString;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cyberfolio_model::Lang;

/// The default portfolio file, as in the site's repository layout.
pub const DEFAULT_FILE: &str = "data/portfolio.json";

pub use cyberfolio_model::files::{EXIT_INVALID, EXIT_IO, EXIT_OK};

#[derive(Parser, Debug)]
#[command(
    name = "cyberfolio",
    version,
    about = "Le compagnon en ligne de commande de Cyberfolio : vérifier le portfolio, créer un portfolio, construire le site, exporter le tableau de synthèse, prévisualiser le site.",
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Vérifie un fichier portfolio et affiche ses diagnostics (FICHIER:LIGNE:COLONNE: …).
    Validate {
        /// Le fichier portfolio (par défaut data/portfolio.json).
        #[arg(default_value = DEFAULT_FILE)]
        file: PathBuf,
        /// Format de sortie : texte pour les humains, json pour les outils.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Échoue aussi sur les avertissements (compétence non couverte…).
        #[arg(long)]
        strict: bool,
        /// Langue des messages : fr (français) ou en (anglais).
        #[arg(long, value_enum, default_value_t = LangArg::Fr)]
        lang: LangArg,
    },
    /// Affiche le schéma JSON du fichier portfolio (pour l'éditeur).
    Schema,
    /// Crée un portfolio de départ (données, dossier des documents, workflow de déploiement).
    New {
        /// Le dossier à créer ou à compléter ; aucun fichier existant n'est remplacé.
        dir: PathBuf,
        /// Un CV au format JSON Resume dont tout le contenu est repris.
        #[arg(long, value_name = "CV.json")]
        from: Option<PathBuf>,
        /// L'option du BTS SIO.
        #[arg(long, value_enum)]
        option: Option<OptionArg>,
        /// Vos prénom et nom (obligatoire sans --from, ou si le CV n'a pas de nom).
        #[arg(long)]
        name: Option<String>,
        /// Langue du portfolio créé et des messages : fr (français) ou en (anglais).
        #[arg(long, value_enum, default_value_t = LangArg::Fr)]
        lang: LangArg,
    },
    /// Construit le site complet du portfolio (page, application, documents, schéma), prêt à publier.
    Build {
        /// Le fichier portfolio (par défaut data/portfolio.json) ; ses documents sont ceux de public/documents/ à côté de data/.
        #[arg(default_value = DEFAULT_FILE)]
        file: PathBuf,
        /// Le dossier du site ; un site déjà construit y est remplacé, tout autre contenu est refusé.
        #[arg(long, short, default_value = "dist", value_name = "DOSSIER")]
        output: PathBuf,
        /// Le sous-chemin où le site sera servi, comme /nom-du-depot/ sur GitHub Pages ; sans lui, des adresses relatives.
        #[arg(long)]
        base: Option<String>,
    },
    /// Fait la copie hors ligne du portfolio (une archive .zip, la même que celle du site) : décompressée sur une clé USB, elle s'ouvre sans réseau le jour de l'épreuve.
    Offline {
        /// Le fichier portfolio (par défaut data/portfolio.json) ; ses documents sont ceux de public/documents/ à côté de data/.
        #[arg(default_value = DEFAULT_FILE)]
        file: PathBuf,
        /// L'archive à écrire (une archive plus ancienne est remplacée).
        #[arg(
            long,
            short,
            default_value = "portfolio-hors-ligne.zip",
            value_name = "ARCHIVE"
        )]
        output: PathBuf,
    },
    /// Exporte le tableau de synthèse (HTML imprimable, CSV pour un tableur, ou Markdown).
    Tableau {
        /// Le fichier portfolio (par défaut data/portfolio.json).
        #[arg(default_value = DEFAULT_FILE)]
        file: PathBuf,
        /// Le format d'export.
        #[arg(long, value_enum, default_value_t = export::TableauFormat::Html)]
        format: export::TableauFormat,
        /// Écrit dans ce fichier au lieu de la sortie standard.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Sert un site construit comme GitHub Pages (gzip, sous-chemin) pour le tester en local.
    Preview {
        /// Le dossier construit par Trunk (par défaut dist).
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// Le sous-chemin, comme /nom-du-depot/ sur GitHub Pages.
        #[arg(long, default_value = "/")]
        base: String,
        /// Le port (0 : un port libre au hasard).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// L'adresse d'écoute ; par défaut la boucle locale uniquement.
        #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
        host: IpAddr,
    },
}

/// How `validate` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One line per diagnostic, in the form compilers use.
    Text,
    /// One JSON document, for editors and CI tools.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OptionArg {
    Sisr,
    Slam,
}

/// The language of `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// Français.
    Fr,
    /// Anglais.
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Fr => Lang::French,
            LangArg::En => Lang::English,
        }
    }
}

/// Parses `args` and runs the command; the exit code follows the
/// conventions above. Everything the student reads is in French, or in
/// English for `validate` and `new` with `--lang en`.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            match arg_errors::french(&e) {
                Some(message) => eprint!("{message}"),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(if e.use_stderr() { EXIT_IO } else { EXIT_OK });
        }
    };
    let code = match cli.command {
        Command::Validate {
            file,
            format,
            strict,
            lang,
        } => report::validate(&file, format, strict, lang.into()),
        Command::Schema => {
            println!("{}", cyberfolio_model::schema::schema_json());
            EXIT_OK
        }
        Command::New {
            dir,
            from,
            option,
            name,
            lang,
        } => {
            let option = option.map(|o| match o {
                OptionArg::Sisr => "SISR",
                OptionArg::Slam => "SLAM",
            });
            scaffold::new(&dir, from.as_deref(), option, name.as_deref(), lang.into())
        }
        Command::Build { file, output, base } => {
            site::build(site::app::APP, &file, &output, base.as_deref())
        }
        Command::Offline { file, output } => site::offline(site::app::APP, &file, &output),
        Command::Tableau {
            file,
            format,
            output,
        } => export::tableau(&file, format, output.as_deref()),
        Command::Preview {
            dist,
            base,
            port,
            host,
        } => preview::run(&dist, &base, (host, port).into()),
    };
    ExitCode::from(code)
}
