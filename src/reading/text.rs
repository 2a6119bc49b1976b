//! The visible text of a page, as people read it, and a folded copy of it
//! for matching (lower case, accents and apostrophes unified, one space
//! between words) that keeps one character per character, so every match
//! maps back to a real snippet.
//!
//! Everything here is linear in the size of the page: a match's character
//! position is found by binary search in a table built once, never by
//! counting from the start of the page again (a page of 5 MB of numbers
//! once took minutes that way).

/// Characters of context on each side of a match in a snippet.
pub const SNIPPET_CONTEXT: usize = 60;

/// The most characters of a page read: beyond it, the rest of the page is
/// ignored (a public information page is a few thousand words).
pub const MAX_TEXT_CHARS: usize = 1_000_000;

/// Separates two blocks (paragraphs, cells, list items): sentences never
/// run across it.
pub const BLOCK_BREAK: char = '\n';

#[derive(Debug, Clone, Default)]
pub struct PageText {
    /// The text as displayed, one space between words, a `\n` between blocks.
    pub display: String,
    /// The same, folded (same number of chars).
    pub folded: String,
    display_starts: Vec<usize>,
    folded_starts: Vec<usize>,
}

impl PageText {
    /// Normalises the spacing of `visible` (blocks separated by `\n`).
    pub fn new(visible: &str) -> Self {
        let mut display = String::with_capacity(visible.len().min(MAX_TEXT_CHARS * 2));
        let mut pending: Option<char> = None;
        let mut count = 0usize;
        for c in visible.chars() {
            if count + 2 > MAX_TEXT_CHARS {
                break;
            }
            if c == BLOCK_BREAK {
                pending = Some(BLOCK_BREAK);
                continue;
            }
            if is_space(c) {
                if pending.is_none() {
                    pending = Some(' ');
                }
                continue;
            }
            if let Some(p) = pending.take() {
                if !display.is_empty() {
                    display.push(p);
                    count += 1;
                }
            }
            display.push(c);
            count += 1;
        }
        let folded: String = display.chars().map(fold_char).collect();
        let display_starts = display.char_indices().map(|(i, _)| i).collect();
        let folded_starts = folded.char_indices().map(|(i, _)| i).collect();
        PageText {
            display,
            folded,
            display_starts,
            folded_starts,
        }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.folded_starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.folded_starts.is_empty()
    }

    /// The char index of a byte offset of `folded`.
    pub fn char_of_folded(&self, byte: usize) -> usize {
        self.folded_starts.partition_point(|&b| b < byte)
    }

    /// The char index of a byte offset of `display`.
    pub fn char_of_display(&self, byte: usize) -> usize {
        self.display_starts.partition_point(|&b| b < byte)
    }

    /// Byte offset in `folded` of char `index` (the end for `len()`).
    pub fn folded_byte(&self, index: usize) -> usize {
        self.folded_starts
            .get(index)
            .copied()
            .unwrap_or(self.folded.len())
    }

    /// Byte offset in `display` of char `index` (the end for `len()`).
    pub fn display_byte(&self, index: usize) -> usize {
        self.display_starts
            .get(index)
            .copied()
            .unwrap_or(self.display.len())
    }

    /// The displayed text of chars `[start, end)`.
    pub fn display_range(&self, start: usize, end: usize) -> &str {
        &self.display[self.display_byte(start)..self.display_byte(end.max(start))]
    }

    /// The folded text of chars `[start, end)`.
    pub fn folded_range(&self, start: usize, end: usize) -> &str {
        &self.folded[self.folded_byte(start)..self.folded_byte(end.max(start))]
    }

    /// The snippet around chars `[start, end)`: some context on each side,
    /// within the same block.
    pub fn snippet(&self, start: usize, end: usize) -> String {
        let (block_start, block_end) = self.block_of(start, end);
        let from = start.saturating_sub(SNIPPET_CONTEXT).max(block_start);
        let to = (end + SNIPPET_CONTEXT).min(block_end);
        let mut out = String::new();
        if from > block_start {
            out.push('…');
        }
        out.push_str(self.display_range(from, to).trim());
        if to < block_end {
            out.push('…');
        }
        out
    }

    /// The sentence around chars `[start, end)`: from the previous sentence
    /// end (or block start) to the next, bounded to a few hundred chars.
    pub fn sentence(&self, start: usize, end: usize) -> String {
        const MAX: usize = 300;
        let (block_start, block_end) = self.block_of(start, end);
        let lower = start.saturating_sub(MAX).max(block_start);
        let before = self.display_range(lower, start);
        let mut from = lower;
        if let Some((i, c)) = before
            .char_indices()
            .rev()
            .find(|(i, c)| is_sentence_end(*c, &before[*i..]))
        {
            from = self.char_of_display(self.display_byte(lower) + i + c.len_utf8());
        }
        let upper = (end + MAX).min(block_end);
        let after = self.display_range(end, upper);
        let mut to = upper;
        if let Some((i, c)) = after
            .char_indices()
            .find(|(i, c)| is_sentence_end(*c, &after[*i..]))
        {
            to = self.char_of_display(self.display_byte(end) + i + c.len_utf8());
        }
        let mut out = String::new();
        if from == lower && lower > block_start {
            out.push('…');
        }
        out.push_str(self.display_range(from, to).trim());
        if to == upper && upper < block_end {
            out.push('…');
        }
        out
    }

    /// The block (chars between two breaks) holding `[start, end)`.
    fn block_of(&self, start: usize, end: usize) -> (usize, usize) {
        let start_byte = self.folded_byte(start);
        let end_byte = self.folded_byte(end);
        let block_start = self.folded[..start_byte]
            .rfind(BLOCK_BREAK)
            .map(|b| self.char_of_folded(b) + 1)
            .unwrap_or(0);
        let block_end = self.folded[end_byte..]
            .find(BLOCK_BREAK)
            .map(|b| self.char_of_folded(end_byte + b))
            .unwrap_or(self.len());
        (block_start, block_end)
    }

    /// Char ranges of the occurrences of the folded `needle` in chars
    /// `[from, to)` that start and end on word boundaries; with
    /// `skip_negated`, not those just after a negation.
    pub fn find_all(
        &self,
        needle: &str,
        from: usize,
        to: usize,
        skip_negated: bool,
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if needle.is_empty() || from >= to {
            return out;
        }
        let base = self.folded_byte(from);
        let limit = self.folded_byte(to);
        let hay = &self.folded[base..limit];
        let needle_chars = needle.chars().count();
        let mut at = 0;
        while let Some(pos) = hay[at..].find(needle) {
            let byte = base + at + pos;
            let after = byte + needle.len();
            let at_word_start = self.folded[..byte]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let at_word_end = self.folded[after..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if at_word_start && at_word_end && !(skip_negated && self.negated_before(byte)) {
                let start = self.char_of_folded(byte);
                out.push((start, start + needle_chars));
            }
            at += pos + needle.len().max(1);
            // A page repeating a word thousands of times tells nothing more.
            if out.len() >= 200 {
                break;
            }
        }
        out
    }

    /// The first occurrence of `needle` in the whole text.
    pub fn find(&self, needle: &str, skip_negated: bool) -> Option<(usize, usize)> {
        self.find_all(needle, 0, self.len(), skip_negated)
            .into_iter()
            .next()
    }

    fn negated_before(&self, byte: usize) -> bool {
        let mut start = byte.saturating_sub(24);
        while !self.folded.is_char_boundary(start) {
            start -= 1;
        }
        let before = &self.folded[start..byte];
        let before = before.rsplit(BLOCK_BREAK).next().unwrap_or(before);
        before
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| {
                matches!(
                    w,
                    "pas" | "non" | "niet" | "not" | "never" | "jamais" | "plus"
                )
            })
    }
}

fn is_sentence_end(c: char, rest: &str) -> bool {
    match c {
        '!' | '?' | ';' => true,
        // "8 h 30." ends a sentence, "M. le maire" or "12.30" do not.
        '.' => rest[1..].starts_with(' ') || rest.len() == 1,
        _ => false,
    }
}

pub fn is_space(c: char) -> bool {
    c != BLOCK_BREAK
        && (c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{200b}'))
}

/// One char for one char: lower case, without accents, one kind of apostrophe.
pub fn fold_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    let c = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        // A letter whose lower case is two chars keeps its own (one char).
        _ => c,
    };
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' => 'y',
        'ç' => 'c',
        'œ' => 'œ',
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '–' | '—' | '‑' | '‐' => '-',
        c if is_space(c) => ' ',
        c => c,
    }
}

/// Folds a phrase or needle the way page text is folded.
pub fn fold(text: &str) -> String {
    PageText::new(text).folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_and_blocks() {
        let t = PageText::new("  Mairie\u{a0} de\n\n  Lyon  \t ");
        assert_eq!(t.display, "Mairie de\nLyon");
        assert_eq!(t.folded, "mairie de\nlyon");
        assert_eq!(t.len(), 14);
    }

    #[test]
    fn positions_map_back_to_display() {
        let t = PageText::new("Démarche à faire « uniquement » en ligne");
        let (s, e) = t.find("uniquement", false).unwrap_or_default();
        assert_eq!(t.display_range(s, e), "uniquement");
        assert!(t.find("niquement", false).is_none(), "word boundary");
    }

    #[test]
    fn negation_before_a_phrase() {
        let t = PageText::new("Ce n'est pas uniquement en ligne. Uniquement en ligne ici.");
        let all = t.find_all("uniquement en ligne", 0, t.len(), true);
        assert_eq!(all.len(), 1);
    }

    #[test]
    fn sentence_around_a_match() {
        let t = PageText::new("Premier. La demande se fait en mairie. Suite.\nAutre bloc");
        let (s, e) = t.find("en mairie", false).unwrap_or_default();
        assert_eq!(t.sentence(s, e), "La demande se fait en mairie.");
    }

    #[test]
    fn a_huge_text_is_cut() {
        let t = PageText::new(&"a ".repeat(MAX_TEXT_CHARS));
        assert!(t.len() <= MAX_TEXT_CHARS);
    }
}
