//! Entry point of the WebAssembly build: everything lives in the library.

fn main() {
    cyberfolio::start();
}
