//! Project chores: `cargo xtask <command>` (see `cargo xtask help`).

mod bench;
mod bench_import;
mod budget;
mod codegen;
mod content;
mod faults;
mod fuzz;
mod kit;
mod profiles;
mod serve;
mod setup;
mod size_profile;
mod test;
mod util;

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  setup                 install what this machine lacks (idempotent)
  codegen               rewrite the JavaScript tables generated from the element contract (lmi-embed)
  demo [--port N]       build everything and serve the demo site (default http://127.0.0.1:8080)
  test                  every test: fmt, clippy, native, fuzz smoke (20 s), browser (wasm-bindgen-test),
                        end-to-end (Playwright + axe)
  dist                  build the deployable folder dist/ (demo site, embed kit in dist/lmi/, bundles)
  serve [--port N]      serve dist/ as it is, with the headers the demo pages need
  bench [--check]       measure bytes, requests, time to interactive, heap and search; write BENCH.md
  bench --profiles      measure each release-profile knob on the quiz's wasm; write BENCH-PROFILES.md (slow)
  bench --sizes         only the size profile of every module (twiggy): where the bytes are
  bench import          import a synthetic national list (20,000 occupations, 6 languages): rows/s and
                        peak memory into BENCH.md
  fuzz [--seconds N]    fuzz parse + validate of every bundle kind (libFuzzer; default 60 s)
  content [--data PATH] regenerate the demo bundles in content/ from the raw open data (default ../shared/data)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => ("help", &[][..]),
    };
    let result = match command {
        "setup" => setup::run(),
        "demo" => util::port(rest).and_then(|port| {
            setup::run()?;
            kit::dist()?;
            serve::run(port)
        }),
        "test" => test::run(),
        "codegen" => codegen::run(),
        "dist" => setup::run().and_then(|_| kit::dist()),
        "content" => content::run(rest),
        "fuzz" => fuzz::run_fuzz(rest),
        "bench" if rest.first().is_some_and(|a| a == "import") => bench_import::run(),
        "bench" => bench::run(rest),
        "serve" => util::port(rest).and_then(serve::run),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
