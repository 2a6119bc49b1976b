//! Which network addresses the crawler may reach. A catalogue edited in a
//! merge request must not make CI probe the internal network, so private,
//! loopback, link-local and other non-public addresses are refused unless
//! `--allow-private` is given. The check is made on the addresses the host
//! name resolves to (in the resolver reqwest uses), so a public name pointing
//! at 127.0.0.1 is refused too.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// The host resolved only to addresses the crawler must not reach.
#[derive(Debug, thiserror::Error)]
#[error("{host} resolves only to non-public addresses ({addresses})")]
pub struct AddressRefused {
    pub host: String,
    pub addresses: String,
}

/// The host name could not be resolved.
#[derive(Debug, thiserror::Error)]
#[error("cannot resolve {host}: {source}")]
pub struct DnsFailure {
    pub host: String,
    #[source]
    pub source: std::io::Error,
}

/// Not a public internet address: loopback, private, link-local, CGNAT,
/// unspecified, multicast, documentation or unique-local.
pub fn is_non_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return non_public_v4(v4);
            }
            let segments = v6.segments();
            // IPv4-compatible (::a.b.c.d, deprecated) and NAT64 (64:ff9b::/96)
            // addresses reach an IPv4 address: judged as that address, and the
            // NAT64 prefix refused outright (it leads to whatever the gateway maps).
            if segments[..6].iter().all(|&s| s == 0) && !v6.is_loopback() && !v6.is_unspecified() {
                return true;
            }
            if segments[0] == 0x64 && segments[1] == 0xff9b {
                return true;
            }
            let first = segments[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (first == 0x2001 && v6.segments()[1] == 0x0db8) // documentation
        }
    }
}

fn non_public_v4(v4: Ipv4Addr) -> bool {
    let [a, b, ..] = v4.octets();
    v4.is_private()
        || v4.is_loopback()
        || v4.is_link_local()
        || v4.is_unspecified()
        || v4.is_broadcast()
        || v4.is_multicast()
        || v4.is_documentation()
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT
        || (a == 198 && (b == 18 || b == 19)) // benchmarking 198.18.0.0/15
        || a >= 240 // reserved 240.0.0.0/4 (and broadcast)
        || (a == 192 && b == 0 && v4.octets()[2] == 0) // IETF protocol assignments
        || a == 0
}

/// Why a host cannot be reached.
#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    #[error(transparent)]
    Refused(AddressRefused),
    #[error(transparent)]
    Dns(DnsFailure),
}

/// Resolves `host` and keeps only the addresses the crawler may reach.
pub async fn resolve_checked(
    host: &str,
    allow_private: bool,
) -> Result<Vec<SocketAddr>, GuardError> {
    // An IP literal in brackets resolves as itself.
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let resolved: Vec<SocketAddr> = tokio::net::lookup_host((bare, 0))
        .await
        .map_err(|source| {
            GuardError::Dns(DnsFailure {
                host: host.to_owned(),
                source,
            })
        })?
        .collect();
    let allowed: Vec<SocketAddr> = resolved
        .iter()
        .copied()
        .filter(|a| allow_private || !is_non_public(a.ip()))
        .collect();
    if allowed.is_empty() {
        let addresses = resolved
            .iter()
            .map(|a| a.ip().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(GuardError::Refused(AddressRefused {
            host: host.to_owned(),
            addresses,
        }));
    }
    Ok(allowed)
}

/// The resolver given to reqwest: the system's, filtered.
#[derive(Debug, Clone, Copy)]
pub struct GuardedResolver {
    pub allow_private: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            match resolve_checked(&host, allow_private).await {
                Ok(allowed) => Ok(Box::new(allowed.into_iter()) as Addrs),
                Err(GuardError::Refused(r)) => Err(Box::new(r) as _),
                Err(GuardError::Dns(d)) => Err(Box::new(d) as _),
            }
        })
    }
}

/// For URLs whose host is an IP literal (the resolver is not asked for those).
pub fn literal_refused(url: &url::Url, allow_private: bool) -> Option<AddressRefused> {
    if allow_private {
        return None;
    }
    let ip = match url.host()? {
        url::Host::Ipv4(v4) => IpAddr::V4(v4),
        url::Host::Ipv6(v6) => IpAddr::V6(v6),
        url::Host::Domain(_) => return None,
    };
    is_non_public(ip).then(|| AddressRefused {
        host: ip.to_string(),
        addresses: ip.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_public_addresses() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
            "::8.8.8.8",
            "64:ff9b::7f00:1",
            "64:ff9b::808:808",
            "198.18.0.1",
            "198.19.255.255",
            "240.0.0.1",
            "255.255.255.255",
        ] {
            let ip: IpAddr = ip.parse().unwrap_or_else(|e| panic!("{ip}: {e}"));
            assert!(is_non_public(ip), "{ip}");
        }
        for ip in [
            "93.184.216.34",
            "2a01:e0a::1",
            "8.8.8.8",
            "198.20.0.1",
            "223.255.255.1",
        ] {
            let ip: IpAddr = ip.parse().unwrap_or_else(|e| panic!("{ip}: {e}"));
            assert!(!is_non_public(ip), "{ip}");
        }
    }

    #[test]
    fn ip_literals_are_refused_unless_allowed() {
        let url = url::Url::parse("http://127.0.0.1:8080/x").unwrap_or_else(|e| panic!("{e}"));
        assert!(literal_refused(&url, false).is_some());
        assert!(literal_refused(&url, true).is_none());
        let url = url::Url::parse("http://[::1]/").unwrap_or_else(|e| panic!("{e}"));
        assert!(literal_refused(&url, false).is_some());
        let url = url::Url::parse("http://[::127.0.0.1]/").unwrap_or_else(|e| panic!("{e}"));
        assert!(literal_refused(&url, false).is_some());
    }

    #[tokio::test]
    async fn localhost_is_refused_by_the_resolver() {
        let refused = GuardedResolver {
            allow_private: false,
        }
        .resolve("localhost".parse().unwrap_or_else(|e| panic!("{e:?}")))
        .await;
        assert!(refused.is_err());
        let allowed = GuardedResolver {
            allow_private: true,
        }
        .resolve("localhost".parse().unwrap_or_else(|e| panic!("{e:?}")))
        .await;
        assert!(allowed.is_ok());
    }
}
