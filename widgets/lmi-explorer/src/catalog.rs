//! The loaded occupations, with what the views look up by: the search index, short ids and ISCO codes.
//! Built once per bundle and language, and shared by every explorer on the page that shows them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Weak};

use lmi_content::{IscoGroup, Lang, Occupation, OccupationsBundle, SearchIndex};

use crate::route::short_id;

pub struct Catalog {
    bundle: Arc<OccupationsBundle>,
    pub index: SearchIndex,
    by_short_id: HashMap<String, usize>,
    by_code: HashMap<String, usize>,
}

/// A catalog some explorer still shows, with what it was built from.
struct Built {
    bundle: Weak<OccupationsBundle>,
    lang: Lang,
    catalog: Weak<Catalog>,
}

thread_local! {
    /// For [`Catalog::shared`].
    static BUILT: RefCell<Vec<Built>> = const { RefCell::new(Vec::new()) };
}

impl Catalog {
    /// The catalog of `bundle` in `lang`, built only if no explorer on the page has it: the search index is
    /// most of an explorer's memory, and five explorers of one bundle need it once.
    pub fn shared(bundle: &Arc<OccupationsBundle>, lang: &Lang) -> Arc<Catalog> {
        BUILT.with(|built| {
            let mut built = built.borrow_mut();
            built.retain(|b| b.bundle.strong_count() > 0 && b.catalog.strong_count() > 0);
            let same = |b: &&Built| b.lang == *lang && b.bundle.upgrade().is_some_and(|b| Arc::ptr_eq(&b, bundle));
            if let Some(catalog) = built.iter().find(same).and_then(|b| b.catalog.upgrade()) {
                return catalog;
            }
            let catalog = Arc::new(Catalog::new(bundle.clone(), lang));
            built.push(Built { bundle: Arc::downgrade(bundle), lang: lang.clone(), catalog: Arc::downgrade(&catalog) });
            catalog
        })
    }

    pub fn new(bundle: Arc<OccupationsBundle>, lang: &Lang) -> Catalog {
        let occupations = &*bundle;
        let index = SearchIndex::new(occupations, lang);
        let by_short_id =
            occupations.occupations.iter().enumerate().map(|(i, o)| (short_id(&o.id).to_owned(), i)).collect();
        let by_code = occupations.isco_groups.iter().enumerate().map(|(i, g)| (g.code.clone(), i)).collect();
        Catalog { bundle, index, by_short_id, by_code }
    }

    pub fn bundle(&self) -> &Arc<OccupationsBundle> {
        &self.bundle
    }

    pub fn occupations(&self) -> &OccupationsBundle {
        &self.bundle
    }

    pub fn occupation(&self, index: usize) -> &Occupation {
        &self.occupations().occupations[index]
    }

    /// The occupation with this short id (or full id, as a webmaster may paste the ESCO URI).
    pub fn find(&self, id: &str) -> Option<usize> {
        self.by_short_id.get(short_id(id)).copied()
    }

    pub fn group(&self, code: &str) -> Option<&IscoGroup> {
        self.by_code.get(code).map(|&i| &self.occupations().isco_groups[i])
    }

    /// The ten ISCO major groups present in the bundle, by code.
    pub fn major_groups(&self) -> Vec<&IscoGroup> {
        let mut groups: Vec<&IscoGroup> = self.occupations().isco_groups.iter().filter(|g| g.code.len() == 1).collect();
        groups.sort_by(|a, b| a.code.cmp(&b.code));
        groups
    }
}
