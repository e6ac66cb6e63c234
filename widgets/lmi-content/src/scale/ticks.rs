//! Nice tick values for a value axis: steps of 1, 2, 2.5 or 5 × 10ⁿ, exact as decimals.

/// Bounds beyond this magnitude get no ticks, like non-finite ones: a round tick above them could overflow.
pub const MAX_CHART_VALUE: f64 = 1e200;
/// Narrower ranges choose their step as if they were this wide, so steps stay far from subnormal numbers.
const MIN_SPAN: f64 = 1e-200;
/// Ranges choose their step as if they were at least this fraction of their magnitude wide: ticks closer together
/// than that could round to the same `f64`.
const MIN_RELATIVE_SPAN: f64 = 1e-9;
/// The fewest ticks that frame any range: one crossing zero needs `-step, 0, step`.
const FEWEST_TICKS: usize = 3;
/// A cap so that a careless caller cannot ask for millions of ticks.
const MOST_TICKS: usize = 100;

/// Round values along a value axis, from the first at or below the data to the last at or above it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    /// Increasing and evenly spaced; each is the `f64` nearest its decimal value (`0.3`, not `0.30000000000000004`).
    pub values: Vec<f64>,
    /// The distance between neighbouring ticks.
    pub step: f64,
    /// The first and last tick.
    pub domain: (f64, f64),
    /// Digits after the decimal point that print every tick exactly: 0 for a step of 20, 2 for a step of 0.25.
    pub decimals: usize,
}

impl Ticks {
    /// No ticks: what bounds that are not finite, or beyond [`MAX_CHART_VALUE`], get.
    pub const EMPTY: Ticks = Ticks { values: Vec::new(), step: 0.0, domain: (0.0, 0.0), decimals: 0 };
}

/// Round ticks covering `min..=max`, at most `max_ticks` of them, with the smallest nice step that fits.
///
/// Edge cases:
/// - `min > max` are swapped.
/// - `min == max`: one value has no spread to show, so the range is widened to zero (`0..=1` for zero itself).
/// - `max_ticks` below 3 counts as 3 (a range crossing zero needs `-step, 0, step`) and above 100 as 100.
/// - A bound that is not finite or lies beyond ±[`MAX_CHART_VALUE`] gives [`Ticks::EMPTY`]: nothing can be drawn.
/// - A range narrower than a billionth of its magnitude, or than 1e-200, chooses its step as if it were that wide:
///   finer ticks could not be told apart in an `f64`.
pub fn nice_ticks(min: f64, max: f64, max_ticks: usize) -> Ticks {
    let drawable = |v: f64| v.is_finite() && v.abs() <= MAX_CHART_VALUE;
    if !drawable(min) || !drawable(max) {
        return Ticks::EMPTY;
    }
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    let (min, max) = if min < max {
        (min, max)
    } else if min > 0.0 {
        (0.0, min)
    } else if min < 0.0 {
        (min, 0.0)
    } else {
        (0.0, 1.0)
    };
    let max_ticks = max_ticks.clamp(FEWEST_TICKS, MOST_TICKS);
    let magnitude = min.abs().max(max.abs());
    let span = (max - min).max(MIN_SPAN).max(magnitude * MIN_RELATIVE_SPAN);
    let step = smallest_fitting_step(min, max, span / (max_ticks - 1) as f64, max_ticks);
    let (first, last) = step.cover(min, max);
    Ticks {
        values: (first..=last).map(|k| step.tick(k)).collect(),
        step: step.value(),
        domain: (step.tick(first), step.tick(last)),
        decimals: step.decimals(),
    }
}

/// The smallest nice step of at least `rough` (a step below the span over `max_ticks - 1` cannot fit) whose
/// ticks covering `min..=max` number at most `max_ticks`.
fn smallest_fitting_step(min: f64, max: f64, rough: f64, max_ticks: usize) -> NiceStep {
    let fits = |s: &NiceStep| {
        let (first, last) = s.cover(min, max);
        usize::try_from(last - first).is_ok_and(|gaps| gaps < max_ticks)
    };
    // A step of twice `rough` always fits (fewer than span / step + 3 ticks, and max_ticks ≥ 3), and the decade
    // above `rough` holds one; the decade below absorbs any rounding in `log10`.
    let decade = rough.log10().floor() as i32;
    // The span itself may carry float noise (1.07 - 1.02 is 0.05000000000000004): a hair below `rough` will do.
    let at_least = rough * (1.0 - 1e-9);
    let largest = NiceStep { digits: 5, exp: decade + 2 };
    (decade - 1..=decade + 2).flat_map(NiceStep::decade).filter(|s| s.value() >= at_least).find(fits).unwrap_or(largest)
}

/// A step of `digits × 10^exp`, kept as integers so that ticks are computed without accumulating float noise.
#[derive(Clone, Copy, Debug, PartialEq)]
struct NiceStep {
    /// 1, 2, 25 or 5.
    digits: i64,
    exp: i32,
}

impl NiceStep {
    /// The nice steps of one decade, smallest first: 1, 2, 2.5 and 5 × 10^exp.
    fn decade(exp: i32) -> [NiceStep; 4] {
        [
            NiceStep { digits: 1, exp },
            NiceStep { digits: 2, exp },
            NiceStep { digits: 25, exp: exp - 1 },
            NiceStep { digits: 5, exp },
        ]
    }

    fn value(self) -> f64 {
        self.tick(1)
    }

    /// The `k`-th multiple of the step.
    fn tick(self, k: i64) -> f64 {
        decimal(k * self.digits, self.exp)
    }

    fn decimals(self) -> usize {
        if self.exp < 0 { self.exp.unsigned_abs() as usize } else { 0 }
    }

    /// The multiples of the step of the last tick at or below `min` and the first at or above `max`.
    fn cover(self, min: f64, max: f64) -> (i64, i64) {
        let step = self.value();
        // The divisions round (0.3 / 0.1 is 2.9999999999999996): correct them against the ticks themselves.
        let mut first = (min / step).floor() as i64;
        while self.tick(first) > min {
            first -= 1;
        }
        while self.tick(first + 1) <= min {
            first += 1;
        }
        let mut last = (max / step).ceil() as i64;
        while self.tick(last) < max {
            last += 1;
        }
        while self.tick(last - 1) >= max {
            last -= 1;
        }
        (first, last)
    }
}

/// `mantissa × 10^exp` with a single rounding: powers of ten up to 10²² are exact in an `f64`, so for those this is
/// the `f64` nearest the decimal (3 / 10 is 0.3, where 3 × 0.1 is 0.30000000000000004).
fn decimal(mantissa: i64, exp: i32) -> f64 {
    let power = 10f64.powi(exp.abs());
    if exp < 0 { mantissa as f64 / power } else { mantissa as f64 * power }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(min: f64, max: f64, max_ticks: usize, expected: &[f64]) {
        let ticks = nice_ticks(min, max, max_ticks);
        assert_eq!(ticks.values, expected, "nice_ticks({min}, {max}, {max_ticks})");
        if let (Some(&first), Some(&last)) = (expected.first(), expected.last()) {
            assert_eq!(ticks.domain, (first, last), "domain of nice_ticks({min}, {max}, {max_ticks})");
        }
    }

    #[test]
    fn ordinary_data() {
        check(0.0, 611_335.0, 6, &[0.0, 200_000.0, 400_000.0, 600_000.0, 800_000.0]);
        check(2.2, 97.4, 6, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        check(41_000.0, 104_000.0, 6, &[40_000.0, 60_000.0, 80_000.0, 100_000.0, 120_000.0]);
        check(611_335.0, 691_996.0, 6, &[600_000.0, 620_000.0, 640_000.0, 660_000.0, 680_000.0, 700_000.0]);
        check(0.0, 10.0, 5, &[0.0, 2.5, 5.0, 7.5, 10.0]);
        check(10.0, 0.0, 5, &[0.0, 2.5, 5.0, 7.5, 10.0]);
    }

    #[test]
    fn equal_bounds_widen_to_zero() {
        check(5.0, 5.0, 6, &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        check(-7.0, -7.0, 6, &[-8.0, -6.0, -4.0, -2.0, 0.0]);
        check(0.0, 0.0, 6, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        check(-0.0, 0.0, 6, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    }

    #[test]
    fn negatives_and_crossing_zero() {
        check(-97.4, -2.2, 6, &[-100.0, -80.0, -60.0, -40.0, -20.0, 0.0]);
        check(-35.0, 80.0, 6, &[-50.0, 0.0, 50.0, 100.0]);
        check(-35.0, 80.0, 7, &[-40.0, -20.0, 0.0, 20.0, 40.0, 60.0, 80.0]);
        check(-1.0, 1.0, 3, &[-1.0, 0.0, 1.0]);
        check(-1.0, 2.0, 3, &[-2.0, 0.0, 2.0]);
    }

    #[test]
    fn decimals_without_float_noise() {
        check(0.1, 0.7, 10, &[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
        check(0.1 + 0.2, 0.9, 10, &[0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
        check(0.1, 0.7, 6, &[0.0, 0.2, 0.4, 0.6, 0.8]);
        check(0.0, 1.0, 5, &[0.0, 0.25, 0.5, 0.75, 1.0]);
        check(1.02, 1.07, 6, &[1.02, 1.03, 1.04, 1.05, 1.06, 1.07]);
        let places = |min: f64, max: f64, max_ticks: usize| nice_ticks(min, max, max_ticks).decimals;
        assert_eq!(places(0.0, 1.0, 5), 2);
        assert_eq!(places(0.0, 10.0, 5), 1);
        assert_eq!(places(0.1, 0.7, 10), 1);
        assert_eq!(places(2.2, 97.4, 6), 0);
    }

    #[test]
    fn tiny_and_huge_magnitudes() {
        check(1e-9, 5e-9, 6, &[1e-9, 2e-9, 3e-9, 4e-9, 5e-9]);
        check(0.0, 3.2e12, 6, &[0.0, 1e12, 2e12, 3e12, 4e12]);
        check(-3.2e12, 0.0, 6, &[-4e12, -3e12, -2e12, -1e12, 0.0]);
        // Beyond 10²² the powers of ten are not exact in an f64: ticks are right to a few ulps, which may cost a tick.
        let huge = nice_ticks(1e150, 4e150, 6);
        assert!(huge.values.len() <= 6, "{huge:?}");
        assert!(huge.domain.0 <= 1e150 && huge.domain.1 >= 4e150);
        assert!((huge.step / 1e150 - 1.0).abs() < 1e-12, "{huge:?}");
        // Too close to tell apart: the step stays well above the f64 resolution.
        let close = nice_ticks(1.0, 1.0 + 1e-15, 6);
        assert_eq!(close.values.len(), 2, "{close:?}");
        assert!(close.step >= 1e-10, "{close:?}");
        // Subnormal: widened to zero, with a step chosen as for a span of 1e-200.
        let subnormal = nice_ticks(1e-310, 1e-310, 6);
        assert_eq!(subnormal.values.first(), Some(&0.0));
        assert!(subnormal.step > 1e-201, "{subnormal:?}");
    }

    #[test]
    fn max_ticks_is_respected() {
        check(0.0, 100.0, 3, &[0.0, 50.0, 100.0]);
        check(0.0, 100.0, 11, &[0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]);
        check(0.0, 100.0, 10, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        check(0.0, 100.0, 0, &[0.0, 50.0, 100.0]);
        check(0.0, 100.0, 2, &[0.0, 50.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 1.0, usize::MAX).values.len(), 51);
    }

    #[test]
    fn non_finite_or_enormous_bounds_give_no_ticks() {
        for (min, max) in
            [(f64::NAN, 1.0), (0.0, f64::INFINITY), (f64::NEG_INFINITY, 0.0), (1e201, 0.0), (0.0, -f64::MAX)]
        {
            assert_eq!(nice_ticks(min, max, 6), Ticks::EMPTY, "nice_ticks({min}, {max})");
        }
        let widest = nice_ticks(-MAX_CHART_VALUE, MAX_CHART_VALUE, 6);
        assert!(widest.domain.0 <= -MAX_CHART_VALUE && widest.domain.1 >= MAX_CHART_VALUE, "{widest:?}");
        assert!(widest.values.iter().all(|v| v.is_finite()), "{widest:?}");
    }
}
