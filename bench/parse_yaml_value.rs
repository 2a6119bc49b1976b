//! The benchmark's reference point: serde_yaml alone parsing the same files
//! into `serde_yaml::Value`, nothing else.
//!
//! cargo run --release --example parse-yaml-value -- <file or directory>

fn main() {
    let path = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: parse-yaml-value <path>"),
    );
    let mut files = if path.is_dir() {
        std::fs::read_dir(&path)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect()
    } else {
        vec![path]
    };
    files.sort();
    let mut nodes = 0usize;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        if let Some(list) = value.get("procedures").and_then(|p| p.as_sequence()) {
            nodes += list.len();
        }
    }
    eprintln!("{nodes} procedures parsed");
}
