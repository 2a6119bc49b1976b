// Parsing a large catalogue allocates millions of small strings on every
// core; mimalloc does that markedly faster than the system allocator
// (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    horsligne::cli::run()
}
