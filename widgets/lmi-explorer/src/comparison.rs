//! Comparing figures side by side: which rows mix years, sources or places, so the table can say so.

use lmi_content::{Figure, Occupation, OccupationFigures};

/// The figure rows of the comparison, in the order the card shows them.
pub const FIGURE_ROWS: [FigureRow; 5] = [
    FigureRow::MedianWage,
    FigureRow::Employment,
    FigureRow::ProjectedChange,
    FigureRow::Openings,
    FigureRow::WomenShare,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureRow {
    MedianWage,
    Employment,
    ProjectedChange,
    Openings,
    WomenShare,
}

impl FigureRow {
    pub fn of(self, figures: &OccupationFigures) -> Option<&Figure> {
        match self {
            FigureRow::MedianWage => figures.median_wage.as_ref(),
            FigureRow::Employment => figures.employment.as_ref(),
            FigureRow::ProjectedChange => figures.projected_change.as_ref(),
            FigureRow::Openings => figures.openings.as_ref(),
            FigureRow::WomenShare => figures.women_share.as_ref(),
        }
    }
}

/// What differs between the figures of one row, among the occupations that have the figure. A reader
/// comparing two numbers must be told when they are not comparable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mismatch {
    pub periods: bool,
    pub sources: bool,
    pub regions: bool,
    /// Some occupations have the figure and others do not.
    pub missing: bool,
}

impl Mismatch {
    pub fn of(row: FigureRow, occupations: &[&Occupation]) -> Mismatch {
        let figures: Vec<Option<&Figure>> = occupations.iter().map(|o| row.of(&o.figures)).collect();
        let present: Vec<&Figure> = figures.iter().flatten().copied().collect();
        let differ = |same: fn(&Figure, &Figure) -> bool| present.windows(2).any(|w| !same(w[0], w[1]));
        Mismatch {
            periods: differ(|a, b| a.period == b.period),
            sources: differ(|a, b| a.source == b.source),
            regions: differ(|a, b| a.region == b.region),
            missing: !present.is_empty() && present.len() < figures.len(),
        }
    }

    pub fn any(self) -> bool {
        self.periods || self.sources || self.regions || self.missing
    }
}

#[cfg(test)]
mod tests {
    use lmi_content::Unit;

    use super::*;

    fn figure(period: &str, source: &str, region: &str) -> Figure {
        Figure {
            about: None,
            flags: Default::default(),
            value: 1.0,
            unit: Unit::People,
            currency: None,
            period: lmi_content::Period::parse(period).unwrap(),
            region: lmi_content::Region::parse(region).unwrap(),
            source: source.into(),
            reliability: None,
            caveat: None,
            range: None,
        }
    }

    fn with_employment(figure: Option<Figure>) -> Occupation {
        let json = r#"{"id": "x", "isco": "1111", "title": {"en": "x"}}"#;
        let mut occupation: Occupation = serde_json::from_str(json).unwrap();
        occupation.figures.employment = figure;
        occupation
    }

    #[test]
    fn flags_what_differs_and_only_that() {
        let base = || figure("2025-05", "bls-oews-2025", "US");
        let cases: &[(&str, Vec<Option<Figure>>, Mismatch)] = &[
            ("same everything", vec![Some(base()), Some(base())], Mismatch::default()),
            ("one occupation", vec![Some(base())], Mismatch::default()),
            ("none has it", vec![None, None], Mismatch::default()),
            (
                "another year",
                vec![Some(base()), Some(figure("2022", "bls-oews-2025", "US"))],
                Mismatch { periods: true, ..Mismatch::default() },
            ),
            (
                "another source and place",
                vec![Some(base()), Some(base()), Some(figure("2025-05", "eu-lfs", "FR"))],
                Mismatch { sources: true, regions: true, ..Mismatch::default() },
            ),
            ("one lacks it", vec![Some(base()), None], Mismatch { missing: true, ..Mismatch::default() }),
        ];
        for (name, figures, expected) in cases {
            let occupations: Vec<Occupation> = figures.iter().cloned().map(with_employment).collect();
            let refs: Vec<&Occupation> = occupations.iter().collect();
            assert_eq!(Mismatch::of(FigureRow::Employment, &refs), *expected, "{name}");
            assert_eq!(expected.any(), *expected != Mismatch::default(), "{name}");
        }
    }
}
