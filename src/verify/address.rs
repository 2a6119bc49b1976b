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
            let first = v6.segments()[0];
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
        || a == 0
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
            let resolved: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map_err(|source| DnsFailure {
                    host: host.clone(),
                    source,
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
                return Err(Box::new(AddressRefused { host, addresses }) as _);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
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
        ] {
            let ip: IpAddr = ip.parse().unwrap_or_else(|e| panic!("{ip}: {e}"));
            assert!(is_non_public(ip), "{ip}");
        }
        for ip in ["93.184.216.34", "2a01:e0a::1", "8.8.8.8"] {
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
