//! Occupations whole: straight from the bundle, or, for a split bundle (`cargo xtask dist` splits the demo
//! ones), completed from the details file of their ISCO sub-major group. Each file is fetched the first time
//! a card or a comparison needs it, once for every explorer on the page ([`lmi_ui::shared`]), and kept for
//! the rest of the visit; a failure (a stalled server included, after its deadline) shows in place, with a
//! retry that asks the server again, and reaches the host as an `lmi-error` event.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use lmi_content::{IscoGroup, Occupation, OccupationDetails, details_group, details_path, merge, parse_details};
use lmi_ui::{BundleError, Deadlines, ErrorPanel, HostAttrs, HostEvents, Msg as UiMsg, resolve_url, shared};
use serde_json::json;

use crate::Shared;
use crate::catalog::Catalog;

/// An occupation with everything its card shows.
pub(crate) struct Whole {
    pub occupation: Occupation,
    /// Its ISCO minor group, with the European employment figures when there are some.
    pub minor_group: Option<IscoGroup>,
}

#[derive(Clone)]
enum File {
    Loading,
    Ready(Arc<OccupationDetails>),
    Failed(BundleError),
}

/// The details files of the loaded bundle, by group. Context (in [`Shared`]); `Copy`.
#[derive(Clone, Copy)]
pub(crate) struct Details {
    files: RwSignal<HashMap<String, File>>,
    /// The bundle's own address, which `details` is relative to.
    bundle_url: StoredValue<Arc<str>>,
    /// For the `timeout` attribute.
    attrs: HostAttrs,
}

impl Details {
    pub fn new(bundle_url: Arc<str>, attrs: HostAttrs) -> Details {
        Details { files: RwSignal::new(HashMap::new()), bundle_url: StoredValue::new(bundle_url), attrs }
    }

    /// Starts fetching the files `indices` need that are neither here nor on their way.
    fn request(self, catalog: &Arc<Catalog>, indices: &[usize]) {
        let Some(template) = catalog.occupations().details.clone() else { return };
        for group in groups(catalog, indices) {
            let wanted = self.files.with_untracked(|f| !matches!(f.get(&group), Some(File::Loading | File::Ready(_))));
            if !wanted {
                continue;
            }
            self.files.update(|f| {
                f.insert(group.clone(), File::Loading);
            });
            let path = details_path(&template, &group);
            let url = resolve_url(&path, &self.bundle_url.get_value());
            let (catalog, files, events) = (catalog.clone(), self.files, HostEvents::from_context());
            let deadlines = Deadlines::from_attribute(self.attrs.peek("timeout").as_deref());
            spawn_local(async move {
                let wanted = group.clone();
                let file = shared(&url, deadlines, move |text| {
                    parse_details(text, catalog.occupations(), &wanted).map(Arc::new)
                })
                .await;
                let file = match file {
                    Ok(details) => File::Ready(details),
                    Err(e) => {
                        web_sys::console::error_1(&e.log_message().into());
                        events.emit("lmi-error", None, json!({ "error": e.code(), "url": e.url() }));
                        File::Failed(e)
                    }
                };
                files.update(|f| {
                    f.insert(group, file);
                });
            });
        }
    }

    /// The occupations whole, `Ok(None)` while a file is on its way, or the first failure. Tracked.
    fn resolve(self, catalog: &Catalog, indices: &[usize]) -> Result<Option<Vec<Whole>>, BundleError> {
        let split = catalog.occupations().details.is_some();
        self.files.with(|files| {
            let mut wholes = Vec::new();
            for &i in indices {
                let light = catalog.occupation(i);
                let minor = light.isco.get(..3).unwrap_or_default();
                let whole = if !split {
                    Whole { occupation: light.clone(), minor_group: catalog.group(minor).cloned() }
                } else {
                    let group = details_group(&light.isco).unwrap_or_default();
                    let details = match files.get(group) {
                        Some(File::Ready(d)) => d,
                        Some(File::Failed(e)) => return Err(e.clone()),
                        Some(File::Loading) | None => return Ok(None),
                    };
                    let occupation = match details.occupations.iter().find(|d| d.id == light.id) {
                        Some(detail) => merge(light, detail),
                        None => light.clone(), // the file has nothing more on it: show what there is
                    };
                    let with_figures = details.isco_groups.iter().find(|g| g.code == minor);
                    Whole { occupation, minor_group: with_figures.or_else(|| catalog.group(minor)).cloned() }
                };
                wholes.push(whole);
            }
            Ok(Some(wholes))
        })
    }

    /// Fetches the failed files of `indices` again.
    fn retry(self, catalog: &Arc<Catalog>, indices: &[usize]) {
        self.files.update(|f| f.retain(|_, file| !matches!(file, File::Failed(_))));
        self.request(catalog, indices);
    }
}

fn groups(catalog: &Catalog, indices: &[usize]) -> Vec<String> {
    let mut groups: Vec<String> =
        indices.iter().filter_map(|&i| details_group(&catalog.occupation(i).isco)).map(str::to_owned).collect();
    groups.sort_unstable();
    groups.dedup();
    groups
}

/// Renders `content` with the occupations at `indices` whole; a loading line or the error panel until then.
#[component]
pub(crate) fn WithDetails<F, V>(indices: Vec<usize>, content: F) -> impl IntoView
where
    F: Fn(Vec<Whole>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let shared = expect_context::<Shared>();
    let (details, catalog, ui) = (shared.details, shared.catalog.clone(), shared.loaded.ui);
    details.request(&catalog, &indices);
    let indices = Arc::new(indices);
    move || match details.resolve(&catalog, &indices) {
        Ok(Some(wholes)) => content(wholes).into_any(),
        Ok(None) => view! { <p class="loading" role="status">{ui.t(UiMsg::Loading)}</p> }.into_any(),
        Err(error) => {
            let (catalog, indices) = (catalog.clone(), indices.clone());
            view! { <ErrorPanel error ui on_retry=move |_| details.retry(&catalog, &indices)/> }.into_any()
        }
    }
}
