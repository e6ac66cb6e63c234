//! The `country` attribute: that country's figures for the occupation's ISCO major group, first on the card,
//! with the US figures after them as a labelled comparison. The file (`countries` in the bundle) is fetched
//! once per page for every explorer showing that country ([`lmi_ui::shared`]), when a card first needs it.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{CountryFigures, Figure, GroupFigures, Region, country_code, country_path, parse_country_figures};
use lmi_ui::{BundleError, Deadlines, ErrorPanel, FetchError, FigureView, HostAttrs, region_name};
use lmi_ui::{HostEvents, resolve_url, shared};
use serde_json::json;

use crate::Shared;
use crate::i18n::Msg;

/// What the card shows for the chosen country: nothing when no country is chosen or the bundle names no
/// country files.
type State = Option<(Region, Result<Arc<CountryFigures>, BundleError>)>;

/// The chosen country's file, following the attribute. Context (in [`Shared`]); `Copy`.
#[derive(Clone, Copy)]
pub(crate) struct CountryFile {
    resource: LocalResource<State>,
}

impl CountryFile {
    pub fn new(template: Option<String>, bundle_url: Arc<str>, bundle: Arc<lmi_content::OccupationsBundle>) -> Self {
        let attrs = expect_context::<HostAttrs>();
        let events = HostEvents::from_context();
        let resource = LocalResource::new(move || {
            let (template, bundle_url, bundle) = (template.clone(), bundle_url.clone(), bundle.clone());
            let wanted = attrs.get("country").filter(|c| !c.trim().is_empty());
            let deadlines = Deadlines::from_attribute(attrs.get("timeout").as_deref());
            async move {
                let wanted = wanted?;
                let Some(country) = country_code(&wanted) else {
                    web_sys::console::warn_1(
                        &format!("LMI Kit: <lmi-explorer country=\"{wanted}\"> is not a country code such as BE, NL or EL; showing no country.").into(),
                    );
                    return None;
                };
                let Some(template) = template else {
                    web_sys::console::warn_1(
                        &format!("LMI Kit: <lmi-explorer country=\"{wanted}\">: {bundle_url} names no country figures (`countries`); showing none.").into(),
                    );
                    return None;
                };
                let url = resolve_url(&country_path(&template, &country), &bundle_url);
                let region = country.clone();
                let file =
                    shared(&url, deadlines, move |text| parse_country_figures(text, &bundle, &region).map(Arc::new))
                        .await;
                if let Err(e) = &file {
                    web_sys::console::error_1(&e.log_message().into());
                    events.emit("lmi-error", None, json!({ "error": e.code(), "url": e.url() }));
                }
                Some((country, file))
            }
        });
        CountryFile { resource }
    }

    /// Whether a country is chosen and its figures are (or may become) available. Tracked.
    pub fn chosen(self) -> bool {
        self.resource.get().flatten().is_some()
    }
}

/// The chosen country's figures for major group `major` (one digit), said to be a group figure; a line
/// when the country has none for the group; the error panel, with a retry, when the file failed.
#[component]
pub(crate) fn CountryPanel(major: String, group_title: String, plain: bool) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let (ui, lang, file) = (shared.loaded.ui, shared.loaded.lang.clone(), shared.country);
    move || {
        let (country, result) = file.resource.get().flatten()?;
        let name = region_name(ui.0.tag(), country.as_str());
        let heading = ui.f(Msg::CountryHeading, &[("country", &name)]);
        let body = match result {
            Ok(figures) => match figures.group(&major) {
                Some(group) => {
                    let note = ui.f(Msg::CountryGroupNote, &[("code", &major), ("title", &group_title)]);
                    let items = rows(group, plain)
                        .into_iter()
                        .map(|(label, figure)| {
                            let body = match figure {
                                Some(figure) => {
                                    view! { <FigureView figure bundle=figures.clone() ui lang=lang.clone()/> }
                                        .into_any()
                                }
                                None => view! { <p class="figure-gap">{ui.t(Msg::CountryGap)}</p> }.into_any(),
                            };
                            view! {
                                <div class="card-figure">
                                    <h5>{ui.t(label)}</h5>
                                    {body}
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="group-note">{note}</p>
                        <div class="figure-grid">{items}</div>
                    }
                    .into_any()
                }
                None => view! { <p>{ui.f(Msg::CountryNone, &[("country", &name)])}</p> }.into_any(),
            },
            // A country the content has no file for is not the webmaster's broken server.
            Err(BundleError::Fetch { error: FetchError::Http(404), .. }) => {
                view! { <p>{ui.f(Msg::CountryNone, &[("country", &name)])}</p> }.into_any()
            }
            Err(error) => view! { <ErrorPanel error ui on_retry=move |_| file.resource.refetch()/> }.into_any(),
        };
        Some(view! {
            <section class="card-country" aria-labelledby="card-country">
                <h4 id="card-country">{heading}</h4>
                {body}
            </section>
        })
    }
}

/// The figures of a group in the order a reader needs them, a gap where Eurostat publishes none (shown, never
/// dropped); a pupil gets no head count.
fn rows(group: &GroupFigures, plain: bool) -> Vec<(Msg, Option<Figure>)> {
    let head_count = (!plain).then_some((Msg::FigureGroupEmployment, &group.employment));
    let rest = [
        (Msg::FigureGroupWomenShare, &group.women_share),
        (Msg::FigureGroupChange, &group.change),
        (Msg::FigureHourlyWomen, &group.hourly_earnings_women),
        (Msg::FigureHourlyMen, &group.hourly_earnings_men),
    ];
    head_count.into_iter().chain(rest).map(|(label, f)| (label, f.clone())).collect()
}
