//! A response body turned into text: decompressed when the server sent it
//! gzip- or deflate-encoded (within the size cap, so a small bomb cannot
//! grow), then decoded with its charset (HTTP header, then `<meta>`, then
//! UTF-8, then windows-1252, the usual charset of old French pages).

use std::io::Read;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The body grew past `max` bytes once decompressed.
#[derive(Debug, PartialEq, Eq)]
pub struct TooLarge;

/// Elements that never hold others (void) or whose end tag may be left out
/// (a `<p>` or `<li>` is closed by the next one): they do not deepen the page.
const NOT_NESTING: [&[u8]; 27] = [
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"tr",
    b"td",
    b"th",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
];

/// Elements whose content is text, not markup (a `<` in a script is not a tag).
const RAW_TEXT: [&[u8]; 5] = [b"script", b"style", b"textarea", b"title", b"xmp"];

/// Whether the markup of `body` nests elements deeper than `max`, read in
/// one linear pass before any parsing: the HTML parser's work grows with the
/// square of the depth (200,000 nested `div` took minutes for one page),
/// while real pages nest a few dozen levels.
pub fn nests_deeper_than(body: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut i = 0usize;
    let find = |from: usize, needle: &[u8]| {
        body.get(from..)
            .and_then(|rest| {
                rest.windows(needle.len())
                    .position(|w| w.eq_ignore_ascii_case(needle))
            })
            .map(|at| from + at)
    };
    while let Some(at) = body
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        let open = i + at;
        let Some(&next) = body.get(open + 1) else {
            break;
        };
        if next == b'/' {
            depth = depth.saturating_sub(1);
            i = open + 2;
            continue;
        }
        if next == b'!' && body.get(open + 2..open + 4) == Some(b"--") {
            // A comment: to its end.
            i = find(open + 4, b"-->").map_or(body.len(), |end| end + 3);
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i = open + 1;
            continue;
        }
        let name_end = body[open + 1..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric() && *b != b'-')
            .map_or(body.len(), |n| open + 1 + n);
        let name = &body[open + 1..name_end];
        let Some(close) = body[name_end..]
            .iter()
            .position(|&b| b == b'>')
            .map(|n| name_end + n)
        else {
            break;
        };
        i = close + 1;
        if RAW_TEXT.iter().any(|t| name.eq_ignore_ascii_case(t)) {
            let mut end_tag = b"</".to_vec();
            end_tag.extend_from_slice(name);
            i = find(i, &end_tag).unwrap_or(body.len());
            continue;
        }
        let self_closing = close > 0 && body[close - 1] == b'/';
        if self_closing || NOT_NESTING.iter().any(|t| name.eq_ignore_ascii_case(t)) {
            continue;
        }
        depth += 1;
        if depth > max {
            return true;
        }
    }
    false
}

/// Decompresses `bytes` when `content_encoding` (or the gzip magic bytes)
/// says so, reading at most `max` bytes out.
pub fn decompress(
    bytes: Vec<u8>,
    content_encoding: Option<&str>,
    max: usize,
) -> Result<Vec<u8>, TooLarge> {
    let encoding = content_encoding.unwrap_or("").trim().to_ascii_lowercase();
    let gzip_magic = bytes.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn Read> = if encoding == "gzip" || encoding == "x-gzip" || gzip_magic {
        Box::new(flate2::read::MultiGzDecoder::new(std::io::Cursor::new(
            bytes.clone(),
        )))
    } else if encoding == "deflate" {
        Box::new(flate2::read::ZlibDecoder::new(std::io::Cursor::new(
            bytes.clone(),
        )))
    } else {
        return Ok(bytes);
    };
    let mut out = Vec::new();
    match reader.take(max as u64 + 1).read_to_end(&mut out) {
        Ok(_) if out.len() > max => Err(TooLarge),
        Ok(_) => Ok(out),
        // Not really compressed after all (a wrong header): the bytes as sent.
        Err(_) => Ok(bytes),
    }
}

/// Decodes `bytes` to text with the charset of `content_type`, else of the
/// page's `<meta>`, else UTF-8 when valid, else windows-1252.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let declared = content_type
        .and_then(charset_of)
        .or_else(|| meta_charset(bytes))
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    let encoding = match declared {
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    })
}

/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// in the first 2 kB, as browsers look for it.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")?;
    let rest = head[at + "charset=".len()..].trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned()).filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn markup_nested_past_the_cap_is_found_in_one_pass() {
        let deep = "<div>".repeat(5_000);
        assert!(nests_deeper_than(deep.as_bytes(), 1_024));
        let closed = "<div><span>x</span></div>".repeat(50_000);
        assert!(!nests_deeper_than(closed.as_bytes(), 1_024));
    }

    #[test]
    fn unclosed_paragraphs_scripts_and_void_elements_do_not_deepen_a_page() {
        let mut page = String::from("<html><body><ul>");
        for _ in 0..3_000 {
            page.push_str("<li><p>Texte<br><img src=a.png><input type=text/>");
        }
        page.push_str("<script>for (i=0;i<10;i++) { a = '<div><div><div>'; }</script>");
        page.push_str(&"<!-- <div> -->".repeat(2_000));
        page.push_str("</ul></body></html>");
        assert!(!nests_deeper_than(page.as_bytes(), 1_024));
        // A script's text is skipped, but markup after it still counts.
        let after = format!("<script>x<y</script>{}", "<section>".repeat(2_000));
        assert!(nests_deeper_than(after.as_bytes(), 1_024));
    }

    #[test]
    fn windows_1252_pages_are_read_with_their_charset() {
        let bytes = b"<p>D\xe9marche \xe0 faire en mairie</p>";
        assert_eq!(
            decode(bytes, Some("text/html; charset=windows-1252")),
            "<p>Démarche à faire en mairie</p>"
        );
        let with_meta = b"<meta charset=\"iso-8859-1\"><p>d\xe9marche</p>";
        assert!(decode(with_meta, Some("text/html")).contains("démarche"));
        // Undeclared and not UTF-8: windows-1252, not replacement characters.
        assert!(decode(b"<p>d\xe9marche</p>", None).contains("démarche"));
        assert_eq!(
            decode("<p>démarche</p>".as_bytes(), None),
            "<p>démarche</p>"
        );
    }

    #[test]
    fn gzip_bodies_are_read_decompressed_within_the_cap() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>uniquement en ligne</p>")
            .unwrap_or_else(|e| panic!("{e}"));
        let bytes = gz.finish().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            decompress(bytes.clone(), Some("gzip"), 1000),
            Ok(b"<p>uniquement en ligne</p>".to_vec())
        );
        // Without the header, the magic bytes tell.
        assert!(decompress(bytes, None, 1000).is_ok_and(|b| b.starts_with(b"<p>")));
        let mut bomb = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        bomb.write_all(&vec![b'a'; 1_000_000])
            .unwrap_or_else(|e| panic!("{e}"));
        let bomb = bomb.finish().unwrap_or_else(|e| panic!("{e}"));
        assert!(bomb.len() < 10_000);
        assert_eq!(decompress(bomb, Some("gzip"), 100_000), Err(TooLarge));
        assert_eq!(
            decompress(b"plain".to_vec(), None, 10),
            Ok(b"plain".to_vec())
        );
    }
}
