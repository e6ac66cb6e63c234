//! Writing HTML safely. Bundle text is data, never markup: it only enters a page through [`escape`], and the
//! [`Html`] writer accepts markup only as a `&'static str` literal written in this program.

use lmi_content::{LocalText, Meta};

use crate::i18n::Language;

/// Escapes `text` for element content and for quoted attribute values: `&`, `<`, `>`, `"` and `'`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `url` when it is a plain `https://host/…` address (printable ASCII, no spaces): the only links a guide
/// makes from bundle data. Validation already refuses other schemes; this is the second lock.
pub fn https_url(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let printable = url.bytes().all(|b| b.is_ascii_graphic());
    (!host.is_empty() && printable).then_some(url)
}

/// An HTML fragment or page being written.
#[derive(Debug, Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// Appends markup written in this program (a literal, so never bundle data).
    pub fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Appends text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Html {
        self.0.push_str(&escape(text));
        self
    }

    /// `<tag …>text</tag>`: `open` is the start tag's inside (`"h2"`, `"p class=\"note\""`), `text` is escaped.
    pub fn el(&mut self, open: &'static str, text: &str) -> &mut Html {
        let name = open.split(' ').next().unwrap_or(open);
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        self.text(text);
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
        self
    }

    /// A bundle text in the page's language `l`, else in the bundle's default language, marked with its own
    /// `lang` (and `dir`, when its direction differs from the page's) when it is in another language, so that
    /// screen readers pronounce it right.
    pub fn local(&mut self, text: &LocalText, meta: &Meta, l: Language) -> &mut Html {
        let Some(picked) = text.pick(&l.lang(), &meta.default_language) else { return self };
        if picked.lang.primary() == l.tag() {
            return self.text(picked.text);
        }
        self.raw("<span lang=\"").text(picked.lang.as_str()).raw("\"");
        match (l.is_rtl(), right_to_left(picked.lang.primary())) {
            (false, true) => self.raw(" dir=\"rtl\""),
            (true, false) => self.raw(" dir=\"ltr\""),
            _ => self,
        };
        self.raw(">").text(picked.text).raw("</span>")
    }

    /// Writes `template` (a catalog text), escaped, with each `{name}` in it replaced by what `arg` writes
    /// for that name: a link, a bundle text, an emphasis. The words around stay in the translator's order.
    pub fn fill(&mut self, template: &str, mut arg: impl FnMut(&mut Html, &str)) -> &mut Html {
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else { break };
            self.text(&rest[..start]);
            arg(self, &rest[start + 1..start + len]);
            rest = &rest[start + len + 1..];
        }
        self.text(rest)
    }

    /// `template` with its `{link}` as a link to `href` reading `label`.
    pub fn linked(&mut self, template: &str, href: &str, label: &str) -> &mut Html {
        self.fill(template, |h, _| {
            h.raw("<a href=\"").text(href).raw("\">").text(label).raw("</a>");
        })
    }

    /// A link to a source's site when `url` passes [`https_url`], else the address as plain text.
    pub fn external_link(&mut self, url: &str, label: &str) -> &mut Html {
        match https_url(url) {
            Some(url) => {
                self.raw("<a href=\"").text(url).raw("\" rel=\"noopener noreferrer\">").text(label).raw("</a>")
            }
            None => self.text(label),
        }
    }

    /// Appends another fragment.
    pub fn append(&mut self, other: Html) -> &mut Html {
        self.0.push_str(&other.0);
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A bundle text in the page's language, else in the bundle's default language, as plain text (for
/// attributes and sorting).
pub fn pick<'a>(text: &'a LocalText, meta: &Meta, l: Language) -> &'a str {
    text.pick(&l.lang(), &meta.default_language).map_or("", |t| t.text)
}

/// Whether a language is written right to left (of those a bundle may hold).
fn right_to_left(primary: &str) -> bool {
    matches!(primary, "ar" | "he" | "fa" | "ur")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = r#"<script>alert("x")</script> & 'quoted' <img src=x onerror=alert(1)>"#;

    #[test]
    fn escape_neutralises_markup_quotes_and_ampersands() {
        let escaped = escape(HOSTILE);
        assert_eq!(
            escaped,
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;img src=x onerror=alert(1)&gt;"
        );
        for bad in ['<', '>', '"', '\''] {
            assert!(!escaped.contains(bad), "{bad} survived");
        }
        assert_eq!(escape("&amp;"), "&amp;amp;", "text that looks escaped is escaped again");
        assert_eq!(escape("Vrouwen – 87,9%"), "Vrouwen – 87,9%", "other characters pass unchanged");
    }

    #[test]
    fn the_writer_escapes_text_and_attributes() {
        let mut h = Html::new();
        h.el("p class=\"x\"", HOSTILE).external_link("https://example.org/?a=1&b=\"2\"", HOSTILE);
        let out = h.into_string();
        assert!(!out.contains("<script"), "{out}");
        assert!(out.starts_with("<p class=\"x\">&lt;script&gt;"), "{out}");
        assert!(out.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""), "{out}");
    }

    #[test]
    fn only_plain_https_addresses_become_links() {
        for ok in ["https://www.bls.gov/oes/", "https://github.com/nestauk/mapping-career-causeways"] {
            assert_eq!(https_url(ok), Some(ok));
        }
        for bad in
            ["http://www.bls.gov/", "javascript:alert(1)", "https://", "https:///path", "https://a b", " https://x"]
        {
            assert_eq!(https_url(bad), None, "{bad}");
        }
        let mut h = Html::new();
        h.external_link("javascript:alert(1)", "label");
        assert_eq!(h.into_string(), "label");
    }

    #[test]
    fn text_in_another_language_is_marked() {
        let meta: Meta = serde_json::from_value(serde_json::json!({
            "id": "t", "title": {"nl": "Titel"}, "languages": ["nl"], "default_language": "nl",
            "licence": "CC0", "attribution": "", "audience": ["pupil"], "authors": ["T"], "last_reviewed": "2026-01-01"
        }))
        .expect("meta");
        let mut h = Html::new();
        let en = Language::EN;
        h.local(&LocalText::one("nl", "<b>Vraag</b>"), &meta, en).local(&LocalText::one("en", "Question"), &meta, en);
        assert_eq!(h.into_string(), "<span lang=\"nl\">&lt;b&gt;Vraag&lt;/b&gt;</span>Question");
        let mut h = Html::new();
        let ar = Language::all().find(|l| l.tag() == "ar").expect("ar");
        h.local(&LocalText::one("nl", "Vraag"), &meta, ar);
        assert_eq!(h.into_string(), "<span lang=\"nl\" dir=\"ltr\">Vraag</span>", "a left-to-right island");
    }

    #[test]
    fn templates_keep_the_translators_order_and_escape_their_words() {
        let mut h = Html::new();
        h.linked("Print the {link} <now>.", "a.html?x=1&y=2", "sheet & key");
        assert_eq!(h.into_string(), "Print the <a href=\"a.html?x=1&amp;y=2\">sheet &amp; key</a> &lt;now&gt;.");
        let mut h = Html::new();
        h.fill("{b} then {a}, {", |h, name| {
            h.raw("<i>").text(name).raw("</i>");
        });
        assert_eq!(h.into_string(), "<i>b</i> then <i>a</i>, {");
    }
}
