//! The loaded occupations, with what the views look up by: the search index, short ids and ISCO codes.
//! Built once per bundle and language.

use std::collections::HashMap;
use std::sync::Arc;

use lmi_content::{IscoGroup, Lang, Occupation, OccupationsBundle, SearchIndex};

use crate::route::short_id;

pub struct Catalog {
    bundle: Arc<OccupationsBundle>,
    pub index: SearchIndex,
    by_short_id: HashMap<String, usize>,
    by_code: HashMap<String, usize>,
}

impl Catalog {
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
