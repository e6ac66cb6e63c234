//! This widget's words: the catalogs in `i18n/`, checked and compiled by build.rs (lmi-i18n).

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
