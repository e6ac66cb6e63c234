//! The shared words' catalogs (`i18n/`): checked and compiled into tables by lmi-i18n.
fn main() {
    lmi_i18n::compile("crate");
}
