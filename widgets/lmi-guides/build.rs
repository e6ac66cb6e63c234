//! The guides' own words (`i18n/<lang>.txt`): checked and compiled into tables by lmi-i18n, as the widgets'
//! words are. A key missing in any language, an extra key or a missing plural form fails the build.
fn main() {
    lmi_i18n::compile("crate::i18n");
}
