//! Names of the classification values and figures, in the UI language.

use lmi_content::{EntryEducation, Outlook, Riasec};
use lmi_ui::Ui;

use crate::comparison::FigureRow;
use crate::i18n::Msg;

pub const EDUCATION: [EntryEducation; 8] = [
    EntryEducation::NoFormal,
    EntryEducation::Secondary,
    EntryEducation::PostsecondaryNonDegree,
    EntryEducation::SomeCollege,
    EntryEducation::Associate,
    EntryEducation::Bachelor,
    EntryEducation::Master,
    EntryEducation::Doctoral,
];

pub const OUTLOOKS: [Outlook; 3] = [Outlook::Growing, Outlook::Stable, Outlook::Shrinking];

pub const INTERESTS: [Riasec; 6] = [
    Riasec::Realistic,
    Riasec::Investigative,
    Riasec::Artistic,
    Riasec::Social,
    Riasec::Enterprising,
    Riasec::Conventional,
];

pub fn education(ui: Ui, education: EntryEducation) -> &'static str {
    ui.t(match education {
        EntryEducation::NoFormal => Msg::EducationNoFormal,
        EntryEducation::Secondary => Msg::EducationSecondary,
        EntryEducation::PostsecondaryNonDegree => Msg::EducationPostsecondaryNonDegree,
        EntryEducation::SomeCollege => Msg::EducationSomeCollege,
        EntryEducation::Associate => Msg::EducationAssociate,
        EntryEducation::Bachelor => Msg::EducationBachelor,
        EntryEducation::Master => Msg::EducationMaster,
        EntryEducation::Doctoral => Msg::EducationDoctoral,
    })
}

pub fn outlook(ui: Ui, outlook: Outlook) -> &'static str {
    ui.t(match outlook {
        Outlook::Growing => Msg::OutlookGrowing,
        Outlook::Stable => Msg::OutlookStable,
        Outlook::Shrinking => Msg::OutlookShrinking,
    })
}

/// "More jobs are expected.": the outlook in a sentence a pupil reads.
pub fn outlook_sentence(ui: Ui, outlook: Outlook) -> &'static str {
    ui.t(match outlook {
        Outlook::Growing => Msg::OutlookSentenceGrowing,
        Outlook::Stable => Msg::OutlookSentenceStable,
        Outlook::Shrinking => Msg::OutlookSentenceShrinking,
    })
}

pub fn interest(ui: Ui, interest: Riasec) -> &'static str {
    ui.t(match interest {
        Riasec::Realistic => Msg::InterestRealistic,
        Riasec::Investigative => Msg::InterestInvestigative,
        Riasec::Artistic => Msg::InterestArtistic,
        Riasec::Social => Msg::InterestSocial,
        Riasec::Enterprising => Msg::InterestEnterprising,
        Riasec::Conventional => Msg::InterestConventional,
    })
}

pub fn figure(ui: Ui, row: FigureRow) -> &'static str {
    ui.t(match row {
        FigureRow::MedianWage => Msg::FigureMedianWage,
        FigureRow::Employment => Msg::FigureEmployment,
        FigureRow::ProjectedChange => Msg::FigureProjectedChange,
        FigureRow::Openings => Msg::FigureOpenings,
        FigureRow::WomenShare => Msg::FigureWomenShare,
    })
}
