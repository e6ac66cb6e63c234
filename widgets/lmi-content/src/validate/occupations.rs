//! The rules of occupations bundles and of the details files of split ones.

use std::collections::HashSet;

use super::Ctx;
use crate::{IscoGroup, Occupation, OccupationDetails, OccupationsBundle};

impl Ctx<'_> {
    pub fn occupations(&mut self, b: &OccupationsBundle) {
        let mut group_codes = HashSet::new();
        for (i, g) in b.isco_groups.iter().enumerate() {
            self.isco_group(&format!("isco_groups[{i}]"), g, &mut group_codes);
        }
        if let Some(template) = &b.details {
            self.details_template("details", template);
        }
        if let Some(template) = &b.countries {
            self.countries_template("countries", template);
        }
        let ids: HashSet<&str> = b.occupations.iter().map(|o| o.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, o) in b.occupations.iter().enumerate() {
            self.occupation(&format!("occupations[{i}]"), o, &ids, &group_codes, &mut seen);
        }
    }

    /// A details file of a split bundle, checked against the bundle that names it: its occupations and
    /// groups must be in `index` and in ISCO group `group`.
    pub fn occupation_details(&mut self, d: &OccupationDetails, index: &OccupationsBundle, group: &str) {
        if d.group != group {
            self.problem("group", format!("this file details group `{}`, but group `{group}` was asked for", d.group));
        }
        let in_group = |code: &str| code.starts_with(group);
        let index_groups: HashSet<String> = index.isco_groups.iter().map(|g| g.code.clone()).collect();
        let mut seen_groups = HashSet::new();
        for (i, g) in d.isco_groups.iter().enumerate() {
            let p = format!("isco_groups[{i}]");
            self.isco_group(&p, g, &mut seen_groups);
            if !in_group(&g.code) || !index_groups.contains(&g.code) {
                self.problem(
                    &format!("{p}.code"),
                    format!("group `{}` is not in group `{group}` of the bundle", g.code),
                );
            }
        }
        let ids: HashSet<&str> = index.occupations.iter().map(|o| o.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, o) in d.occupations.iter().enumerate() {
            let p = format!("occupations[{i}]");
            if !ids.contains(o.id.as_str()) || !in_group(&o.isco) {
                self.problem(
                    &format!("{p}.id"),
                    format!("`{}` is not an occupation of group `{group}` in the bundle", o.id),
                );
            }
            self.occupation(&p, o, &ids, &index_groups, &mut seen);
        }
    }

    fn isco_group(&mut self, p: &str, g: &IscoGroup, codes: &mut HashSet<String>) {
        if !is_isco(&g.code, 1..=4) {
            self.problem(&format!("{p}.code"), format!("`{}` is not an ISCO-08 code of 1 to 4 digits", g.code));
        }
        self.id(&format!("{p}.code"), &g.code, codes);
        self.label(&format!("{p}.title"), &g.title);
        for (j, fig) in g.employment.iter().enumerate() {
            self.figure(&format!("{p}.employment[{j}]"), fig);
        }
    }

    /// `details` names files beside the bundle: a relative path with `{group}`, nothing that could leave
    /// the bundle's folder or reach another site.
    fn details_template(&mut self, p: &str, template: &str) {
        let safe = template.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/{}".contains(&b));
        if !template.contains("{group}") || !safe || template.starts_with('/') || template.contains("..") {
            self.problem(
                p,
                format!("`{template}` is not a relative file name with `{{group}}`, such as \"occupations.en/{{group}}.json\""),
            );
        }
    }

    fn occupation(
        &mut self,
        p: &str,
        o: &Occupation,
        ids: &HashSet<&str>,
        group_codes: &HashSet<String>,
        seen: &mut HashSet<String>,
    ) {
        self.id(&format!("{p}.id"), &o.id, seen);
        if !is_isco(&o.isco, 4..=4) {
            self.problem(&format!("{p}.isco"), format!("`{}` is not a 4-digit ISCO-08 code", o.isco));
        } else if !group_codes.contains(&o.isco[..1]) {
            self.problem(&format!("{p}.isco"), format!("major group `{}` is missing from isco_groups", &o.isco[..1]));
        }
        self.required(&format!("{p}.title"), &o.title);
        for (lang, titles) in &o.alt_titles {
            if !self.languages.contains(lang) {
                self.problem(
                    &format!("{p}.alt_titles.{lang}"),
                    format!("language `{lang}` is not listed in meta.languages"),
                );
            }
            if let Some(j) = titles.iter().position(|t| t.trim().is_empty()) {
                self.problem(&format!("{p}.alt_titles.{lang}[{j}]"), "text is empty");
            }
        }
        if let Some(d) = &o.description {
            self.optional(&format!("{p}.description"), d);
        }
        for (j, s) in o.skills.essential.iter().enumerate() {
            self.label(&format!("{p}.skills.essential[{j}]"), s);
        }
        for (j, s) in o.skills.optional.iter().enumerate() {
            self.label(&format!("{p}.skills.optional[{j}]"), s);
        }
        for (j, r) in o.routes.iter().enumerate() {
            self.optional(&format!("{p}.routes[{j}]"), r);
        }
        if o.job_zone.is_some_and(|z| !(1..=5).contains(&z)) {
            self.problem(&format!("{p}.job_zone"), "job zone must be 1 to 5");
        }
        for (name, fig) in o.figures.iter() {
            self.figure(&format!("{p}.figures.{name}"), fig);
        }
        if let Some(m) = &o.us_match
            && !is_soc(&m.soc)
        {
            self.problem(&format!("{p}.us_match.soc"), format!("`{}` is not a SOC code such as 47-2111", m.soc));
        }
        for (j, r) in o.related.iter().enumerate() {
            if !ids.contains(r.as_str()) {
                self.problem(&format!("{p}.related[{j}]"), format!("unknown occupation `{r}`"));
            }
        }
    }
}

fn is_soc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn is_isco(code: &str, digits: std::ops::RangeInclusive<usize>) -> bool {
    digits.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}
