//! The shipped rule packs are embedded with `include_dir!`, which cannot tell
//! cargo about files added to `rules/`: watching the directory here rebuilds
//! the binary whenever a pack is added, changed or removed.
fn main() {
    println!("cargo:rerun-if-changed=rules");
}
