//! Where things go in a chart's viewBox: the plot area, category bands (mirrored right-to-left), value offsets.

use lmi_content::{BandScale, ValueScale};

/// The viewBox is as wide as the chart's box when it is drawn, within these bounds, and the SVG scales to the
/// width it gets: on a 320 px screen text stays near its size instead of shrinking to a third.
pub const MAX_WIDTH: f64 = 480.0;
pub const MIN_WIDTH: f64 = 280.0;
pub const FONT: f64 = 13.0;
/// Category labels wrap to at most this many lines.
pub const LABEL_LINES: usize = 3;
const LINE_HEIGHT: f64 = 15.0;
const PLOT_HEIGHT: f64 = 220.0;
const TOP: f64 = 12.0;
/// Room for the rotated value-axis title.
const TITLE_ROOM: f64 = 22.0;

/// The layout of one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub scale: ValueScale,
    pub bands: BandScale,
    /// Category labels, each wrapped into lines.
    pub labels: Vec<Vec<String>>,
    /// The font size of the category labels: smaller than [`FONT`] when a long word would not fit its band.
    pub label_font: f64,
    /// The plot area: `left..right` across, `top..bottom` down.
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub width: f64,
    pub height: f64,
    /// Right-to-left: categories run from the right and the value axis stands on the right.
    pub rtl: bool,
}

impl Geometry {
    /// `tick_width` is the widest tick label in characters; `categories` the category labels; `width` the room
    /// the chart has, in CSS pixels (clamped to [`MIN_WIDTH`]..=[`MAX_WIDTH`]; not a number counts as the most).
    pub fn new(scale: ValueScale, categories: &[String], tick_width: usize, width: f64, rtl: bool) -> Geometry {
        let width = if width.is_nan() { MAX_WIDTH } else { width.clamp(MIN_WIDTH, MAX_WIDTH) };
        let axis_room = TITLE_ROOM + tick_width as f64 * FONT * 0.6 + 10.0;
        let (left, right) = if rtl { (8.0, width - axis_room) } else { (axis_room, width - 8.0) };
        let bands = BandScale::new(categories.len(), right - left, 0.25);
        // About 0.58 em per character: shrink the labels (not below 9) until the longest word fits its band.
        let longest = categories.iter().flat_map(|c| c.split_whitespace()).map(|w| w.chars().count()).max();
        let label_font = (bands.band * 0.92 / (longest.unwrap_or(1).max(1) as f64 * 0.58)).clamp(9.0, FONT);
        let chars = ((bands.band / (label_font * 0.58)).floor() as usize).max(4);
        let labels: Vec<Vec<String>> = categories.iter().map(|c| wrap(c, chars, LABEL_LINES)).collect();
        let lines = labels.iter().map(Vec::len).max().unwrap_or(1);
        let bottom = TOP + PLOT_HEIGHT;
        let height = bottom + 10.0 + lines as f64 * LINE_HEIGHT + 6.0;
        Geometry { scale, bands, labels, label_font, left, right, top: TOP, bottom, width, height, rtl }
    }

    /// The band of category `category` (start, width) in viewBox units; mirrored right-to-left.
    pub fn band(&self, category: usize) -> (f64, f64) {
        let (start, width) = self.bands.position(self.slot(category));
        (self.left + start, width)
    }

    /// The sub-band of series `series` of `count` in category `category`; series order mirrors too.
    pub fn sub_band(&self, category: usize, series: usize, count: usize) -> (f64, f64) {
        let series = if self.rtl { count.saturating_sub(1 + series) } else { series };
        let (start, width) = self.bands.sub_band(self.slot(category), series, count);
        (self.left + start, width)
    }

    /// The middle of category `category`'s band.
    pub fn centre(&self, category: usize) -> f64 {
        let (start, width) = self.band(category);
        start + width / 2.0
    }

    /// The vertical position of `value`.
    pub fn y(&self, value: f64) -> f64 {
        self.bottom - self.scale.position(value, self.bottom - self.top)
    }

    /// The top and bottom of a bar for `value`, from the zero line.
    pub fn bar(&self, value: f64) -> (f64, f64) {
        let (low, high) = self.scale.bar(value, self.bottom - self.top);
        (self.bottom - high, self.bottom - low)
    }

    /// The x of the value axis line.
    pub fn axis_x(&self) -> f64 {
        if self.rtl { self.right } else { self.left }
    }

    fn slot(&self, category: usize) -> usize {
        if self.rtl { self.bands.categories.saturating_sub(1 + category) } else { category }
    }
}

/// `text` in lines of at most about `chars` characters, broken at spaces, at most `lines` lines (the last one
/// ends in "…" when text is left over). A word longer than a line stays whole.
pub fn wrap(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmi_content::{ChartKind, Dataset, LocalText, Series, Unit};

    fn dataset(values: &[f64]) -> Dataset {
        Dataset {
            id: "d".into(),
            title: LocalText::default(),
            unit: Unit::People,
            currency: None,
            period: lmi_content::Period::Year(2024),
            region: lmi_content::Region::parse("US").unwrap(),
            source: "s".into(),
            reliability: None,
            caveat: None,
            categories: vec![LocalText::default(); values.len()],
            series: vec![Series {
                flags: Default::default(),
                id: "s".into(),
                label: LocalText::default(),
                values: values.iter().copied().map(Some).collect(),
            }],
        }
    }

    #[test]
    fn right_to_left_mirrors_the_categories_and_the_axis() {
        let names = ["a".to_owned(), "b".to_owned()];
        let ltr =
            Geometry::new(ValueScale::for_chart(ChartKind::Bar, &dataset(&[1.0, 2.0])), &names, 3, MAX_WIDTH, false);
        let rtl =
            Geometry::new(ValueScale::for_chart(ChartKind::Bar, &dataset(&[1.0, 2.0])), &names, 3, MAX_WIDTH, true);
        assert!(ltr.centre(0) < ltr.centre(1));
        assert!(rtl.centre(0) > rtl.centre(1));
        assert!((ltr.centre(0) - (MAX_WIDTH - rtl.centre(0))).abs() < 1e-9, "an exact mirror image");
        assert_eq!((ltr.axis_x(), rtl.axis_x()), (ltr.left, rtl.right));
        assert!(rtl.sub_band(0, 0, 2).0 > rtl.sub_band(0, 1, 2).0, "the first series stands on the right");
    }

    #[test]
    fn values_go_up_from_the_bottom() {
        let g = Geometry::new(
            ValueScale::for_chart(ChartKind::Bar, &dataset(&[0.0, 100.0])),
            &["a".into(), "b".into()],
            3,
            f64::NAN,
            false,
        );
        assert_eq!(g.width, MAX_WIDTH);
        assert_eq!(g.y(0.0), g.bottom);
        assert_eq!(g.y(100.0), g.top);
        assert_eq!(g.bar(100.0), (g.top, g.bottom));
    }

    #[test]
    fn narrow_boxes_get_a_narrow_view_box_down_to_a_minimum() {
        let names = ["a".to_owned()];
        let width =
            |w: f64| Geometry::new(ValueScale::for_chart(ChartKind::Line, &dataset(&[1.0])), &names, 3, w, false).width;
        assert_eq!((width(286.0), width(100.0), width(2000.0)), (286.0, MIN_WIDTH, MAX_WIDTH));
    }

    #[test]
    fn long_words_get_smaller_labels() {
        let g = |names: &[&str]| {
            let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
            Geometry::new(
                ValueScale::for_chart(ChartKind::Bar, &dataset(&vec![1.0; names.len()])),
                &names,
                3,
                MAX_WIDTH,
                false,
            )
            .label_font
        };
        assert_eq!(g(&["2014", "2015", "2016", "2017", "2018"]), FONT);
        let long = g(&["Electricians", "Environmental", "Cashiers", "Lawyers", "Nurses"]);
        assert!((9.0..FONT).contains(&long), "{long}");
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(wrap("Software developers and analysts", 12, 3), ["Software", "developers", "and analysts"]);
        assert_eq!(wrap("Building trades (builders, carpenters …)", 10, 3), ["Building", "trades", "(builders,…"]);
        assert_eq!(wrap("2014", 6, 3), ["2014"]);
        assert_eq!(wrap("", 6, 3), [""]);
    }
}
