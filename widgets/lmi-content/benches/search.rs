//! Search speed over the real English occupations bundle: the index is built once, then typical queries.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use lmi_content::{Filters, Lang, OccupationsBundle, Outlook, SearchIndex};

const LIMIT: usize = 20;

fn english_bundle() -> OccupationsBundle {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/occupations.en.json");
    let text = std::fs::read_to_string(&path).expect("content/occupations.en.json is readable");
    lmi_content::parse::<OccupationsBundle>(&text).expect("the English occupations bundle is valid")
}

fn search(c: &mut Criterion) {
    let bundle = english_bundle();
    let en = Lang::new("en").expect("valid tag");
    let started = Instant::now();
    let index = SearchIndex::new(&bundle, &en);
    println!("index built in {:?}", started.elapsed());

    c.bench_function("build index", |b| b.iter(|| SearchIndex::new(black_box(&bundle), &en)));
    let growing = Filters { outlook: Some(Outlook::Growing), ..Filters::default() };
    let queries = [
        ("nurse", Filters::default()),
        ("elec", Filters::default()),
        ("software developer", Filters::default()),
        ("plumer", Filters::default()),
        ("", growing),
    ];
    for (query, filters) in queries {
        let name = if query.is_empty() { "browse growing".to_owned() } else { format!("query {query:?}") };
        c.bench_function(&name, |b| b.iter(|| index.search(black_box(query), &filters, LIMIT)));
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
