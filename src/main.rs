//! The `readout` binary: everything is in the library; this picks the allocator and exits with
//! the code the command line's run gives.

// Matching makes and drops many small strings; mimalloc does that markedly faster than the
// system allocator (see README, "Quality and speed").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    readout::cli::main().into()
}
