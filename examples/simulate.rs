//! Prints the simulation benchmark for the bank as shipped:
//! `cargo run --release --example simulate [respondents] [seed]`.

use netstyle::domain::quiz::simulation::report;

fn main() {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(2026);
    print!("{}", report(seed, n));
}
