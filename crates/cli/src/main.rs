//! `cyberfolio`: the command-line companion of the site.

fn main() -> std::process::ExitCode {
    cyberfolio_cli::run(std::env::args_os())
}
