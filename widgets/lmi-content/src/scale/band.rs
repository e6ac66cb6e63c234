//! The category axis: one band per category, split into sub-bands for grouped bars.

/// Categories side by side along an axis, each in a band of equal length.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandScale {
    /// How many categories share the axis.
    pub categories: usize,
    /// The length of axis each category gets, in pixels.
    pub band: f64,
    /// The fraction of each band left empty, half on each side, so that neighbouring bars do not touch:
    /// from 0 (bars touch) to 1 (no bar). Outside that range it is clamped.
    pub inner_padding: f64,
}

impl BandScale {
    /// `categories` bands sharing an axis `length` pixels long. A length that is not a finite positive number, or
    /// no categories, give bands of length 0.
    pub fn new(categories: usize, length: f64, inner_padding: f64) -> BandScale {
        let length = if length.is_finite() && length > 0.0 { length } else { 0.0 };
        let band = if categories == 0 { 0.0 } else { length / categories as f64 };
        BandScale { categories, band, inner_padding }
    }

    /// The start and width of the bar area of category `category`, centred in its band. An index past the last
    /// category gets the band it would have had, beyond the axis.
    pub fn position(&self, category: usize) -> (f64, f64) {
        let padding = self.band * self.padding();
        (category as f64 * self.band + padding / 2.0, self.band - padding)
    }

    /// The start and width of series `series` of `series_count` within category `category`: the bar area split
    /// into equal sub-bands, first series first. A `series_count` of 0 counts as 1.
    pub fn sub_band(&self, category: usize, series: usize, series_count: usize) -> (f64, f64) {
        let (start, width) = self.position(category);
        let width = width / series_count.max(1) as f64;
        (start + series as f64 * width, width)
    }

    fn padding(&self) -> f64 {
        if self.inner_padding.is_nan() { 0.0 } else { self.inner_padding.clamp(0.0, 1.0) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        let check = |scale: BandScale, category: usize, expected: (f64, f64)| {
            assert_eq!(scale.position(category), expected, "{scale:?} position({category})");
        };
        let five = BandScale::new(5, 500.0, 0.2);
        assert_eq!(five.band, 100.0);
        check(five, 0, (10.0, 80.0));
        check(five, 2, (210.0, 80.0));
        check(five, 4, (410.0, 80.0));
        check(five, 5, (510.0, 80.0));
        check(BandScale::new(4, 400.0, 0.0), 3, (300.0, 100.0));
        check(BandScale::new(4, 400.0, 1.0), 1, (150.0, 0.0));
        check(BandScale::new(4, 400.0, -3.0), 1, (100.0, 100.0));
        check(BandScale::new(4, 400.0, f64::NAN), 1, (100.0, 100.0));
        check(BandScale::new(0, 400.0, 0.2), 0, (0.0, 0.0));
        check(BandScale::new(4, f64::INFINITY, 0.2), 2, (0.0, 0.0));
        check(BandScale::new(4, -400.0, 0.2), 2, (0.0, 0.0));
    }

    #[test]
    fn sub_bands() {
        let check = |scale: BandScale, (category, series, count): (usize, usize, usize), expected: (f64, f64)| {
            assert_eq!(
                scale.sub_band(category, series, count),
                expected,
                "{scale:?} sub_band({category}, {series}, {count})"
            );
        };
        let scale = BandScale::new(2, 200.0, 0.2);
        check(scale, (0, 0, 2), (10.0, 40.0));
        check(scale, (0, 1, 2), (50.0, 40.0));
        check(scale, (1, 0, 2), (110.0, 40.0));
        check(scale, (1, 1, 2), (150.0, 40.0));
        check(scale, (1, 0, 1), (110.0, 80.0));
        check(scale, (1, 0, 0), (110.0, 80.0));
        check(scale, (1, 3, 4), (170.0, 20.0));
    }
}
