//! Leptos pieces shared by the LMI Kit widgets. Knows the DOM; knows no one widget.
//!
//! A widget crate calls [`mount_widget`] from its exported `mount`, with its stylesheet and root view.
//! Inside, components read [`HostAttrs`], load the bundle with [`BundleLoader`], show [`ErrorPanel`] on
//! failure, render figures with [`FigureView`], announce through [`Announcer`] and emit host events.

mod announcer;
pub mod chart;
mod crash;
mod error_panel;
mod events;
mod fetch;
mod figure;
mod figure_groups;
mod format;
mod frame;
mod host;
pub mod i18n;
pub mod inputs;
mod lang;
mod load;
mod mount;
mod storage;

pub use announcer::{Announcer, LiveRegion};
pub use crash::show_crash_panels;
pub use error_panel::ErrorPanel;
pub use events::{HostEvents, answer_statement};
pub use fetch::{Deadlines, FetchError};
pub use figure::{FigureView, SourceLine, flags_text, method_name, reliability_badge, source_title};
pub use figure::{figure_context, period_text, range_kind_name};
pub use figure_groups::FigureGroups;
pub use format::{format_figure_value, format_number, format_value, region_name};
pub use frame::{Loaded, WidgetFrame};
pub use host::{Host, HostAttrs, Mode, Theme};
pub use i18n::{Catalog, Msg, PluralCatalog, PluralMsg, Ui, UiLang};
pub use lang::{ContentLang, Languages};
pub use load::{BundleError, BundleLoader, Got, LoadState, page_url, resolve_url, shared};
pub use mount::{Mounted, WidgetSpec, mount_widget};
pub use storage::Memory;

/// Styles every widget adopts before its own: reset against host CSS, theme tokens, focus, forced colours.
pub const BASE_CSS: &str = include_str!("base.css");

/// Styles of [`chart::Chart`], for the widgets that draw charts.
pub const CHART_CSS: &str = include_str!("chart/chart.css");
