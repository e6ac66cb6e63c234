//! The one form titles and queries are compared in.
//!
//! A compact hand-written folding table instead of Unicode normalisation: the `unicode-normalization`
//! crate would carry its decomposition tables into the widget's wasm, and the titles only need the Latin
//! letters below. Decomposed input (a letter followed by a combining accent) is covered by dropping the
//! combining marks.

/// Lowercase, diacritics removed, punctuation turned into spaces, runs of spaces collapsed and trimmed:
/// `"Électricien/Électricienne"` → `"electricien electricienne"`. Scripts without case folding or
/// diacritics here (Cyrillic, Arabic letters) pass through lowercased.
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// [`normalize`], appending to `out`.
pub(super) fn normalize_into(text: &str, out: &mut String) {
    let mut out = Normalised { start: out.len(), text: out, space_pending: false };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            // Most of every title: no Unicode lowercase table, no folding.
            out.letter(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            out.separator();
        } else {
            c.to_lowercase().for_each(|lower| out.push(lower));
        }
    }
}

/// Normalised text being written after `start` in `text`, one lowercase character at a time.
struct Normalised<'a> {
    text: &'a mut String,
    start: usize,
    /// A separator was met after some text: a space goes in before the next letter, if one comes.
    space_pending: bool,
}

impl Normalised<'_> {
    fn push(&mut self, c: char) {
        if is_ignorable(c) {
            return;
        }
        if is_separator(c) {
            return self.separator();
        }
        match fold(c) {
            Some(plain) => plain.chars().for_each(|p| self.letter(p)),
            None => self.letter(c),
        }
    }

    fn letter(&mut self, c: char) {
        if self.space_pending {
            self.text.push(' ');
            self.space_pending = false;
        }
        self.text.push(c);
    }

    fn separator(&mut self) {
        self.space_pending = self.text.len() > self.start;
    }
}

/// Marks that change no word: combining accents (of decomposed text), soft hyphens, zero-width characters
/// (ESCO titles carry a few), Arabic harakat and the tatweel that only stretches a word.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{00AD}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
    )
}

/// Characters that separate words: whitespace, ASCII and Latin-1 punctuation and symbols, the General
/// Punctuation block (dashes, typographic quotes), the modifier apostrophe Ukrainian is often typed with,
/// and Arabic punctuation.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || (c <= '\u{FF}' && !c.is_alphanumeric())
        || matches!(
            c,
            '\u{02BC}'
                | '\u{2000}'..='\u{206F}'
                | '\u{2E00}'..='\u{2E7F}'
                | '\u{3000}'..='\u{3003}'
                | '\u{060C}'
                | '\u{061B}'
                | '\u{061F}'
                | '\u{066A}'..='\u{066D}'
                | '\u{06D4}'
        )
}

/// A lowercase Latin letter with a diacritic, or a ligature, as plain ASCII.
fn fold(c: char) -> Option<&'static str> {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẽ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    };
    Some(plain)
}
