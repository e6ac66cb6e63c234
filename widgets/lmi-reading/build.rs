//! This widget's words (`i18n/`): checked and compiled into tables by lmi-i18n.
fn main() {
    lmi_i18n::compile("lmi_ui");
}
