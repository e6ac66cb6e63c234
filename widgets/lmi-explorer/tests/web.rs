//! Browser tests: mount `<lmi-explorer>` into a host element in headless Chromium over a slice of the real
//! English occupations bundle; search, open, go back, compare, and check what each audience sees.
//! Run with `cargo test --target wasm32-unknown-unknown -p lmi-explorer` (chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

use lmi_test_support::{
    address_param, all, click, click_text, find, focus_on, focused, host, press, reset_address, settle, text, texts,
    type_into, until,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const OCCUPATIONS: &str = include_str!("../../../content/occupations.en.json");
const ELECTRICIAN: &str = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
const PLUMBER: &str = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290";
const SOFTWARE_DEVELOPER: &str = "f2b15a0e-e65a-438a-affb-29b9d50b77d1";

/// The real bundle with the craft trades (ISCO major group 7) and a few other occupations, so that the
/// data: URL stays small; related ids outside the slice are dropped, as validation requires.
fn slice() -> String {
    let mut doc: serde_json::Value = serde_json::from_str(OCCUPATIONS).unwrap();
    let extra = ["nurse responsible for general care", "software developer", "hospitality revenue manager"];
    let kept: Vec<serde_json::Value> = doc["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["isco"].as_str().unwrap().starts_with('7') || extra.contains(&o["title"]["en"].as_str().unwrap()))
        .cloned()
        .collect();
    let ids: Vec<String> = kept.iter().map(|o| o["id"].as_str().unwrap().to_owned()).collect();
    let kept: Vec<serde_json::Value> = kept
        .into_iter()
        .map(|mut o| {
            if let Some(related) = o.get_mut("related").and_then(|r| r.as_array_mut()) {
                related.retain(|r| ids.iter().any(|id| id == r.as_str().unwrap()));
            }
            o
        })
        .collect();
    doc["occupations"] = serde_json::Value::Array(kept);
    doc.to_string()
}

async fn explorer(attributes: &[(&str, &str)]) -> (HtmlElement, lmi_ui::Mounted) {
    reset_address();
    let host = host("lmi-test-explorer", &slice(), attributes);
    let mounted = lmi_explorer::mount_explorer(host.clone()).unwrap();
    find(&host, ".explorer").await;
    (host, mounted)
}

#[wasm_bindgen_test]
async fn the_empty_state_offers_browsing_and_a_group_lists_its_occupations() {
    let (host, _mounted) = explorer(&[]).await;
    assert!(text(&host, ".browse").contains("browse"), "{}", text(&host, ".browse"));
    assert_eq!(all(&host, ".browse-group").len(), 10, "the ten ISCO major groups");
    click_text(&host, ".browse-group", "Craft").await;
    let count = text(&host, ".count");
    assert!(count.ends_with("occupations found"), "{count}");
    assert!(all(&host, ".result").len() == 30, "a first page of 30");
    let focus = focused(&host).unwrap();
    assert_eq!(focus.class_name(), "count", "focus moves to the count after browsing");
}

#[wasm_bindgen_test]
async fn search_ranks_exact_titles_first_explains_alternative_titles_and_tolerates_a_typo() {
    let (host, _mounted) = explorer(&[]).await;
    type_into(&host, "input[type=search]", "electrician").await;
    assert_eq!(texts(&host, ".result-title").first().map(String::as_str), Some("electrician"));
    type_into(&host, "input[type=search]", "gas fitter").await;
    let first = find(&host, ".result").await.text_content().unwrap();
    assert!(first.starts_with("plumber") && first.contains("Also called \"gas fitter\""), "{first}");
    type_into(&host, "input[type=search]", "plumer").await;
    let first = find(&host, ".result").await.text_content().unwrap();
    assert!(first.starts_with("plumber") && first.contains("Close spelling"), "{first}");
    type_into(&host, "input[type=search]", "xqzvw").await;
    assert!(text(&host, ".no-results").contains("No occupation matches"));
    assert_eq!(text(&host, ".count"), "0 occupations found");
}

#[wasm_bindgen_test]
async fn filters_combine_with_the_query() {
    let (host, _mounted) = explorer(&[]).await;
    let found = |host: &HtmlElement| text(host, ".count").split(' ').next().unwrap().parse::<usize>().unwrap();
    type_into(&host, "input[type=search]", "electric").await;
    let before = found(&host);
    let select: HtmlSelectElement = find(&host, "#filter-outlook").await.unchecked_into();
    select.set_value("0"); // growing
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let after = found(&host);
    assert!(after > 0 && after < before, "{before} → {after}");
    click_text(&host, ".filters button", "Clear").await;
    assert_eq!(found(&host), before);
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_the_results_enter_opens_and_escape_comes_back_to_the_same_result() {
    let (host, _mounted) = explorer(&[]).await;
    type_into(&host, "input[type=search]", "electrician").await;
    let input = find(&host, "input[type=search]").await;
    press(&input, "ArrowDown").await;
    assert_eq!(focused(&host).unwrap().get_attribute("data-id").as_deref(), Some(ELECTRICIAN));
    press(&focused(&host).unwrap(), "ArrowDown").await;
    let second = focused(&host).unwrap().get_attribute("data-id").unwrap();
    assert_ne!(second, ELECTRICIAN);
    press(&focused(&host).unwrap(), "ArrowUp").await;
    press(&focused(&host).unwrap(), "ArrowUp").await;
    assert_eq!(focused(&host).unwrap().tag_name(), "INPUT", "up from the first result is the search box");
    press(&input, "ArrowDown").await;
    focused(&host).unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    let heading = find(&host, "#card-title").await;
    assert_eq!(heading.text_content().as_deref(), Some("electrician"));
    focus_on(&host, "#card-title").await;
    assert_eq!(address_param("lmi-occupation").as_deref(), Some(ELECTRICIAN), "the address can be shared");
    press(&heading, "Escape").await;
    until(&host, "the card closing", || all(&host, "#card-title").is_empty()).await;
    focus_on(&host, &format!("[data-id=\"{ELECTRICIAN}\"]")).await;
    assert_eq!(address_param("lmi-occupation"), None);
}

#[wasm_bindgen_test]
async fn a_card_cites_every_figure_and_shows_the_wage_range_as_a_chart_and_a_table() {
    let (host, _mounted) = explorer(&[("occupation", ELECTRICIAN)]).await;
    find(&host, "#card-title").await;
    let figures = all(&host, ".card-figure");
    assert_eq!(figures.len(), 5, "a job seeker sees all five figures");
    for figure in &figures {
        let text = figure.text_content().unwrap();
        assert!(text.contains("Source: "), "{text}");
        assert!(figure.query_selector(".badge").unwrap().is_some(), "reliability badge: {text}");
        assert!(figure.query_selector(".figure-context").unwrap().is_some(), "period and region: {text}");
    }
    // The shared range chart: named by its title, low, median and high as marks and, on request, a table.
    assert!(text(&host, ".wage-chart .chart-title").starts_with("Wage range: "), "{}", text(&host, ".wage-chart"));
    assert_eq!(all(&host, ".wage-chart .mark").len(), 3);
    click(&host, ".wage-chart .table-toggle").await;
    assert_eq!(texts(&host, ".wage-chart thead th"), ["Category", "Low", "Median", "High"]);
    assert_eq!(all(&host, ".wage-chart tbody tr").len(), 1);
    assert!(text(&host, ".us-match").contains("SOC 47-2111"), "{}", text(&host, ".us-match"));
    assert!(text(&host, ".europe caption").contains("741"), "EU employment of the minor group");
    assert!(all(&host, ".source-method").is_empty(), "method notes are for practitioners");
    let facts = text(&host, ".card-facts");
    assert!(facts.contains("Ways into this job") && facts.contains("Training at work: an apprenticeship"), "{facts}");
}

#[wasm_bindgen_test]
async fn a_pupil_sees_fewer_plainer_figures_and_a_practitioner_sees_the_method() {
    let (host, mut mounted) = explorer(&[("occupation", ELECTRICIAN), ("audience", "pupil")]).await;
    find(&host, "#card-title").await;
    assert_eq!(texts(&host, ".card-figure h5"), ["Median wage", "Projected change in jobs", "Share of women"]);
    assert!(text(&host, ".outlook").contains("jobs are expected"), "{}", text(&host, ".outlook"));
    assert!(all(&host, ".europe").is_empty());
    mounted.set_attribute("audience", Some("practitioner".into()));
    settle().await;
    assert_eq!(all(&host, ".card-figure").len(), 5);
    assert!(!all(&host, ".source-method").is_empty(), "method notes");
    assert!(text(&host, ".card-facts").contains("O*NET job zone"));
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn related_occupations_open_inside_the_widget_and_the_browser_back_button_retraces() {
    let (host, _mounted) = explorer(&[("occupation", ELECTRICIAN)]).await;
    find(&host, "#card-title").await;
    let related = texts(&host, ".related button");
    assert!(!related.is_empty());
    click(&host, ".related button").await;
    assert_eq!(find(&host, "#card-title").await.text_content().unwrap(), related[0]);
    // "Back to the results" means the results, even two cards deep; the browser's back button retraces.
    click(&host, ".back").await;
    assert!(all(&host, "#card-title").is_empty());
    let history = web_sys::window().unwrap().history().unwrap();
    history.back().unwrap();
    until(&host, "back to the related card", || text(&host, "#card-title") == related[0]).await;
    history.back().unwrap();
    until(&host, "back to the first card", || text(&host, "#card-title") == "electrician").await;
}

#[wasm_bindgen_test]
async fn three_occupations_compare_side_by_side_and_a_fourth_is_refused() {
    let (host, _mounted) = explorer(&[]).await;
    for id in [ELECTRICIAN, PLUMBER, SOFTWARE_DEVELOPER] {
        let title = match id {
            ELECTRICIAN => "electrician",
            PLUMBER => "plumber",
            _ => "software developer",
        };
        type_into(&host, "input[type=search]", title).await;
        click(&host, &format!(".result[data-id=\"{id}\"]")).await;
        click_text(&host, ".card-actions button", "Add to the comparison").await;
        click(&host, ".back").await;
    }
    assert_eq!(text(&host, ".compare-tray p"), "3 occupations to compare");
    type_into(&host, "input[type=search]", "shop assistant").await;
    click(&host, ".result").await;
    click_text(&host, ".card-actions button", "Add to the comparison").await;
    assert!(text(&host, ".card-actions .note").contains("up to three"));
    click_text(&host, ".compare-tray button", "Compare").await;
    let columns = texts(&host, ".compare-table thead th .compare-title");
    assert_eq!(columns, ["electrician", "plumber", "software developer"]);
    assert_eq!(address_param("lmi-compare").unwrap().split(',').count(), 3);
    // The software developer has no figures: every figure row says not every occupation has it.
    let notes = texts(&host, ".mismatch-note");
    assert!(notes.iter().any(|n| n.contains("Not every occupation")), "{notes:?}");
    assert!(text(&host, ".compare-table").contains("No figure"));
    click_text(&host, ".compare-table thead button", "software developer").await;
    assert_eq!(texts(&host, ".compare-table thead th .compare-title"), ["electrician", "plumber"]);
    assert!(!text(&host, ".compare-table").contains("Not every occupation"), "both have every figure");
}

#[wasm_bindgen_test]
async fn the_adviser_link_is_https_only() {
    let (host, mut mounted) = explorer(&[("occupation", PLUMBER), ("adviser-url", "https://example.org/advice")]).await;
    let link = find(&host, "a.adviser").await;
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org/advice"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    mounted.set_attribute("adviser-url", Some("javascript:alert(1)".into()));
    settle().await;
    assert!(all(&host, "a.adviser").is_empty());
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn an_unknown_occupation_says_so_instead_of_showing_a_blank() {
    let (host, _mounted) = explorer(&[("occupation", "no-such-job")]).await;
    let heading = find(&host, ".card h3").await.text_content().unwrap();
    assert!(heading.contains("no-such-job") && heading.contains("not in this content"), "{heading}");
}

#[wasm_bindgen_test]
async fn bundle_text_in_another_language_than_the_ui_is_marked_with_its_own() {
    let (host, _mounted) = explorer(&[("occupation", ELECTRICIAN), ("lang", "ar")]).await;
    find(&host, "#card-title span[lang=\"en\"]").await;
    let description = find(&host, ".description").await;
    assert_eq!(description.get_attribute("lang").as_deref(), Some("en"), "screen readers switch voice");
    assert_eq!(description.get_attribute("dir").as_deref(), Some("auto"), "English punctuation stays put");
    let (host, _mounted) = explorer(&[("occupation", ELECTRICIAN)]).await;
    assert_eq!(find(&host, ".description").await.get_attribute("lang"), None, "nothing to mark in English");
}
