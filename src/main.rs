fn main() -> std::process::ExitCode {
    horsligne::cli::run()
}
