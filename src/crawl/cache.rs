//! The page cache on disk (`--cache DIR`): one JSON file per URL, written
//! atomically. Only pages fetched successfully are stored (a failure is
//! never cached, so a server that was down is asked again next time); a
//! stored page older than the maximum age is revalidated with its ETag and
//! Last-Modified; `--offline` reads the cache only.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A page as stored: the final response after redirects, for the URL asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedPage {
    pub url: String,
    pub final_url: String,
    pub status: u16,
    /// A permanent redirect (301/308) was followed: the page moved.
    pub moved: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub fetched_at: DateTime<Utc>,
    pub body: String,
}

/// Largest cache entry read back: a page is cut well below this when fetched.
const MAX_ENTRY_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct PageCache {
    dir: PathBuf,
}

impl PageCache {
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        crate::files::create_dir_all(dir)?;
        Ok(PageCache {
            dir: dir.to_path_buf(),
        })
    }

    fn path(&self, url: &str) -> PathBuf {
        let digest = Sha256::digest(url.as_bytes());
        let name: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.json"))
    }

    /// The stored page for `url`; an unreadable entry counts as absent.
    pub fn get(&self, url: &str) -> Option<CachedPage> {
        let text = crate::input::read_text(&self.path(url), MAX_ENTRY_BYTES).ok()?;
        serde_json::from_str::<CachedPage>(&text)
            .ok()
            .filter(|p| p.url == url)
    }

    pub fn put(&self, page: &CachedPage) -> std::io::Result<()> {
        let text = serde_json::to_vec(page).map_err(std::io::Error::other)?;
        crate::files::write_atomically(&self.path(&page.url), &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_and_reads_back_by_url() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let cache = PageCache::open(&dir.path().join("pages")).unwrap_or_else(|e| panic!("{e}"));
        let page = CachedPage {
            url: "https://mairie.example/etat-civil".into(),
            final_url: "https://mairie.example/etat-civil".into(),
            status: 200,
            moved: false,
            etag: Some("\"v1\"".into()),
            last_modified: None,
            fetched_at: Utc::now(),
            body: "<html>Mairie</html>".into(),
        };
        assert_eq!(cache.get(&page.url), None);
        cache.put(&page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cache.get(&page.url), Some(page.clone()));
        assert_eq!(cache.get("https://mairie.example/autre"), None);
    }
}
