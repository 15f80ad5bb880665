fn main() -> std::process::ExitCode {
    appeal::cli::main()
}
