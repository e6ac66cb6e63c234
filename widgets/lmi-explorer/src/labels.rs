//! Names of the classification values and figures, in the UI language.

use lmi_content::{EntryEducation, Outlook, Riasec};
use lmi_ui::{Msg, Ui};

use crate::comparison::FigureRow;

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
        EntryEducation::NoFormal => Msg::ExplorerEducationNoFormal,
        EntryEducation::Secondary => Msg::ExplorerEducationSecondary,
        EntryEducation::PostsecondaryNonDegree => Msg::ExplorerEducationPostsecondaryNonDegree,
        EntryEducation::SomeCollege => Msg::ExplorerEducationSomeCollege,
        EntryEducation::Associate => Msg::ExplorerEducationAssociate,
        EntryEducation::Bachelor => Msg::ExplorerEducationBachelor,
        EntryEducation::Master => Msg::ExplorerEducationMaster,
        EntryEducation::Doctoral => Msg::ExplorerEducationDoctoral,
    })
}

pub fn outlook(ui: Ui, outlook: Outlook) -> &'static str {
    ui.t(match outlook {
        Outlook::Growing => Msg::ExplorerOutlookGrowing,
        Outlook::Stable => Msg::ExplorerOutlookStable,
        Outlook::Shrinking => Msg::ExplorerOutlookShrinking,
    })
}

/// "More jobs are expected.": the outlook in a sentence a pupil reads.
pub fn outlook_sentence(ui: Ui, outlook: Outlook) -> &'static str {
    ui.t(match outlook {
        Outlook::Growing => Msg::ExplorerOutlookSentenceGrowing,
        Outlook::Stable => Msg::ExplorerOutlookSentenceStable,
        Outlook::Shrinking => Msg::ExplorerOutlookSentenceShrinking,
    })
}

pub fn interest(ui: Ui, interest: Riasec) -> &'static str {
    ui.t(match interest {
        Riasec::Realistic => Msg::ExplorerInterestRealistic,
        Riasec::Investigative => Msg::ExplorerInterestInvestigative,
        Riasec::Artistic => Msg::ExplorerInterestArtistic,
        Riasec::Social => Msg::ExplorerInterestSocial,
        Riasec::Enterprising => Msg::ExplorerInterestEnterprising,
        Riasec::Conventional => Msg::ExplorerInterestConventional,
    })
}

pub fn figure(ui: Ui, row: FigureRow) -> &'static str {
    ui.t(match row {
        FigureRow::MedianWage => Msg::ExplorerFigureMedianWage,
        FigureRow::Employment => Msg::ExplorerFigureEmployment,
        FigureRow::ProjectedChange => Msg::ExplorerFigureProjectedChange,
        FigureRow::Openings => Msg::ExplorerFigureOpenings,
        FigureRow::WomenShare => Msg::ExplorerFigureWomenShare,
    })
}
