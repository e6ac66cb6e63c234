//! Search speed over the real occupations bundles in four languages: the index is built once per bundle,
//! then typical queries, asking for every hit as the explorer does (it pages through them itself).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use lmi_content::{Filters, Lang, OccupationsBundle, Outlook, SearchIndex};

/// Per language: a whole title typed without its accents, a short prefix, a typo.
const QUERIES: [(&str, [&str; 3]); 4] = [
    ("en", ["electrician", "nur", "plumer"]),
    ("fr", ["electricien", "infir", "plombiar"]),
    ("nl", ["elektricien", "verpl", "loodgiter"]),
    ("de", ["elektriker", "pfleg", "instalateur"]),
];

fn bundle(lang: &str) -> OccupationsBundle {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../content/occupations.{lang}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    lmi_content::parse::<OccupationsBundle>(&text).expect("the occupations bundle is valid")
}

fn search(c: &mut Criterion) {
    for (tag, queries) in QUERIES {
        let bundle = bundle(tag);
        let lang = Lang::new(tag).expect("valid tag");
        c.bench_function(&format!("{tag}: build index"), |b| b.iter(|| SearchIndex::new(black_box(&bundle), &lang)));
        let index = SearchIndex::new(&bundle, &lang);
        for query in queries {
            c.bench_function(&format!("{tag}: query {query:?}"), |b| {
                b.iter(|| index.search(black_box(query), &Filters::default(), usize::MAX))
            });
        }
        if tag == "en" {
            let growing = Filters { outlook: Some(Outlook::Growing), ..Filters::default() };
            c.bench_function("en: browse growing", |b| b.iter(|| index.search("", black_box(&growing), usize::MAX)));
        }
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
