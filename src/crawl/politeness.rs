//! Politeness towards the councils' web servers: at most `per_host` requests
//! at once to one host, at least `interval` between the starts of two requests
//! to it, and a server's `Retry-After` respected by every later request to
//! that host, not only the one that received it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

#[derive(Debug)]
struct HostGate {
    concurrent: Arc<Semaphore>,
    /// When the next request to this host may start.
    next_start: tokio::sync::Mutex<Instant>,
}

/// The gates of every host seen in a run.
#[derive(Debug)]
pub struct HostGates {
    per_host: usize,
    interval: Duration,
    gates: Mutex<HashMap<String, Arc<HostGate>>>,
}

/// Held while a request to a host is under way.
#[derive(Debug)]
pub struct HostTurn {
    _permit: OwnedSemaphorePermit,
}

impl HostGates {
    pub fn new(per_host: usize, interval: Duration) -> Self {
        HostGates {
            per_host: per_host.max(1),
            interval,
            gates: Mutex::new(HashMap::new()),
        }
    }

    fn gate(&self, host: &str) -> Arc<HostGate> {
        let mut gates = self.gates.lock().unwrap_or_else(|p| p.into_inner());
        gates
            .entry(host.to_owned())
            .or_insert_with(|| {
                Arc::new(HostGate {
                    concurrent: Arc::new(Semaphore::new(self.per_host)),
                    next_start: tokio::sync::Mutex::new(Instant::now()),
                })
            })
            .clone()
    }

    /// Waits until a request to `host` may start.
    pub async fn turn(&self, host: &str) -> HostTurn {
        let gate = self.gate(host);
        let permit = gate
            .concurrent
            .clone()
            .acquire_owned()
            .await
            .expect("host semaphores are never closed");
        let mut next = gate.next_start.lock().await;
        let now = Instant::now();
        if *next > now {
            tokio::time::sleep_until(*next).await;
        }
        *next = Instant::now().max(*next) + self.interval;
        HostTurn { _permit: permit }
    }

    /// No request to `host` starts before `wait` has passed (a `Retry-After`).
    pub async fn hold_off(&self, host: &str, wait: Duration) {
        let gate = self.gate(host);
        let mut next = gate.next_start.lock().await;
        let until = Instant::now() + wait;
        if until > *next {
            *next = until;
        }
    }
}

/// `Retry-After` as seconds or as an HTTP date.
pub fn parse_retry_after(value: &str, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - now;
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Exponential backoff: `base`, 2 × `base`, 4 × `base`…
pub fn backoff(base: Duration, attempt: u32) -> Duration {
    base.saturating_mul(1u32 << attempt.min(10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn requests_to_one_host_are_spaced() {
        let gates = Arc::new(HostGates::new(2, Duration::from_millis(500)));
        let start = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..3 {
            let _turn = gates.turn("mairie.example").await;
            starts.push(start.elapsed());
        }
        assert_eq!(
            starts,
            vec![
                Duration::ZERO,
                Duration::from_millis(500),
                Duration::from_millis(1000)
            ]
        );
        // Another host is not held up by the first.
        let before = Instant::now();
        let _turn = gates.turn("autre.example").await;
        assert_eq!(before.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn at_most_per_host_requests_at_once() {
        let gates = Arc::new(HostGates::new(2, Duration::ZERO));
        let first = gates.turn("mairie.example").await;
        let _second = gates.turn("mairie.example").await;
        let g = gates.clone();
        let third = tokio::spawn(async move {
            let _t = g.turn("mairie.example").await;
            Instant::now()
        });
        tokio::time::sleep(Duration::from_secs(3)).await;
        assert!(!third.is_finished());
        let released = Instant::now();
        drop(first);
        let started = third.await.unwrap_or_else(|e| panic!("{e}"));
        assert!(started >= released);
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_holds_off_the_host() {
        let gates = HostGates::new(2, Duration::from_millis(500));
        drop(gates.turn("mairie.example").await);
        gates
            .hold_off("mairie.example", Duration::from_secs(7))
            .await;
        let before = Instant::now();
        drop(gates.turn("mairie.example").await);
        assert_eq!(before.elapsed(), Duration::from_secs(7));
    }

    #[test]
    fn retry_after_values() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z")
            .map(|d| d.with_timezone(&chrono::Utc))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Mon, 23 Nov 2026 10:00:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(
            backoff(Duration::from_millis(500), 2),
            Duration::from_secs(2)
        );
    }
}
