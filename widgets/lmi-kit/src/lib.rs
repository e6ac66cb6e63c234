//! Every widget in one wasm module. A page that shows a quiz and the explorer downloads the Leptos runtime,
//! lmi-ui and lmi-content once instead of once per widget: `lmi.js` loads this module instead of the widgets'
//! own when it finds more than one kind of element on the page. It holds no code of its own: it links the
//! widgets, whose `mount_quiz`, `mount_reading` and `mount_explorer` it exports as they are.

pub use lmi_explorer::mount_explorer;
pub use lmi_quiz::mount_quiz;
pub use lmi_reading::mount_reading;
