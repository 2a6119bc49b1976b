//! The shipped rule packs and the locales are embedded with `include_dir!`,
//! which cannot tell cargo about files added to `rules/` or `locales/`:
//! watching the directories here rebuilds the binary whenever one changes.
fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=locales");
}
