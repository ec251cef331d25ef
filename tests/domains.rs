//! The README's table of domains is the code's: every number's bounds, stated once.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::scenario::fields::domains_markdown;

#[test]
fn the_readme_lists_every_domain_as_the_code_checks_it() {
    let readme = include_str!("../README.md");
    let table = domains_markdown();
    assert!(readme.contains(&table), "README's domains table is out of date; it should read:\n{table}");
}
