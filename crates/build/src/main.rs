//! Entry point of `cyberfolio-build`: everything lives in the library.

fn main() -> std::process::ExitCode {
    cyberfolio_build::run(std::env::args_os())
}
