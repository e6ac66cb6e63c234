//! Test fixtures: a few real rows of each raw file (copied unchanged; for the Eurostat TSV files, the columns
//! 2019–2023 of real rows) and labels for them.

use std::collections::BTreeMap;

use super::data::{CPS_FILE, Data, EP_FILE, LFS_FILES, OEWS_FILE, Table};
use super::labels::Labels;
use super::scope::{Scope, Values};
use crate::eurostat::{EGISED_FILE, SES_FILE, SesChart, Tsv, URGAED_FILE};
use crate::sources::Registry;

const CPS: &str = "\
row_order,occupation,level,total_employed_thousands,pct_women,pct_white,pct_black_or_african_american,pct_asian,pct_hispanic_or_latino
1,\"Total, 16 years and over\",total,158291,46.8,77.0,12.6,6.7,18.5
232,Registered nurses,detailed,3363,87.9,73.6,14.5,8.9,8.1
219,Surgeons,detailed,48,,,,,
432,Electricians,detailed,918,2.2,88.5,7.3,2.0,24.9
215,Pharmacists,detailed,375,59.6,68.1,10.6,18.7,6.9
159,Lawyers,detailed,1141,38.5,87.8,6.3,3.8,6.5
231,Veterinarians,detailed,83,69.8,91.4,2.2,4.3,0.5
";

const OEWS: &str = "\
soc_code,occupation_title,display_level,employment,employment_rse_pct,hourly_mean,annual_mean,wage_rse_pct,hourly_p10,hourly_p25,hourly_median,hourly_p75,hourly_p90,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,employment_per_1000_jobs,location_quotient,footnote_codes
00-0000,All Occupations,0,155495730,0.0,33.54,69770,0.1,15.00,18.07,24.51,38.71,61.81,31200,37590,50980,80520,128560,,,
47-2111,Electricians,3,757220,1.0,32.90,68430,0.4,20.50,23.77,30.38,40.36,52.17,42640,49430,63190,83940,108510,,,
27-2021,Athletes and Sports Competitors,3,15070,6.1,-,116290,5.6,-,-,-,-,-,26500,36790,66710,109880,742310,,,4
";

const EP: &str = "\
soc_code,occupation_title,employment_2023_thousands,employment_2033_thousands,employment_change_2023_2033_thousands,employment_pct_change_2023_2033,annual_openings_2023_2033_thousands,median_annual_wage_2023_usd,median_wage_topcoded,typical_entry_education,education_code,work_experience_related,workex_code,typical_on_the_job_training,training_code,example_job_titles
49-9081,Wind turbine service technicians,11.4,18.2,6.9,60.1,2.1,61770,,Postsecondary nondegree award,5,None,4,Long-term on-the-job training,3,Wind Turbine Technician
47-2111,Electricians,779.8,864.1,84.3,10.8,80.2,61590,,High school diploma or equivalent,7,None,4,Apprenticeship,2,Electrician
";

const LFS_GB: &str = "\
isco_code,2014,2015,2016,2017,2018,isco_minor_group,RISK_CAT
222,611.335,672.923,691.996,636.258,676.226,Nursing and midwifery professionals,2
";
const LFS_FR: &str = "\
isco_code,2014,2015,2016,2017,2018,isco_minor_group,RISK_CAT
111,42.4,43.412,67.87,38.269,39.416,Legislators and senior officials,2
";
const LFS_IT: &str = "\
isco_code,2014,2015,2016,2017,2018,isco_minor_group,RISK_CAT
951,0.036,x,x,0.571,0.16,Street and related service workers,0
";

const EGISED: &str = "freq,age,sex,isco08,isced11,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \t2022 \t2023 \r
A,Y_GE15,F,OC0,TOTAL,THS_PER,BE\t2.1 u\t: u\t: bu\t2.3 u\t2.4 u\r
A,Y_GE15,F,OC2,TOTAL,THS_PER,BE\t664.3 \t689.7 \t705.7 b\t721.9 \t718.7 \r
A,Y_GE15,F,OC2,TOTAL,THS_PER,FR\t2695.0 \t2873.4 \t3207.3 bd\t3257.6 d\t3436.7 d\r
A,Y_GE15,F,OC6,TOTAL,THS_PER,LU\t0.7 u\t0.7 u\t0.7 bu\t1.0 u\t: u\r
A,Y_GE15,T,OC0,TOTAL,THS_PER,BE\t21.7 \t21.9 \t20.2 b\t21.5 \t22.4 \r
A,Y_GE15,T,OC2,TOTAL,THS_PER,BE\t1221.7 \t1273.9 \t1317.7 b\t1328.7 \t1315.6 \r
A,Y_GE15,T,OC2,TOTAL,THS_PER,FR\t5145.7 \t5449.9 \t6373.2 bd\t6495.8 d\t6850.1 d\r
A,Y_GE15,T,OC6,TOTAL,THS_PER,LU\t3.9 \t4.0 \t4.4 b\t4.6 \t4.5 \r
A,Y_GE15,T,OC7,TOTAL,THS_PER,HR\t194.2 \t203.4 \t209.0 b\t216.2 \t193.8 b\r
A,Y_GE15,T,TOTAL,TOTAL,THS_PER,DE\t42398.5 \t41474.3 b\t41397.9 b\t42528.6 \t43041.0 \r
";

const URGAED: &str = "freq,unit,sex,age,isced11,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \t2022 \t2023 
A,PC,T,Y15-24,ED0-2,BE\t24.4 \t24.3 \t27.6 b\t26.0 \t25.3 
A,PC,T,Y15-24,ED0-2,FR\t35.9 \t34.6 \t33.9 bd\t28.4 d\t30.2 d
A,PC,T,Y15-24,ED3_4,BE\t11.9 \t14.1 \t17.2 b\t15.7 \t14.7 
A,PC,T,Y15-24,ED5-8,DE\t3.1 \t: bu\t4.7 bu\t3.8 u\t3.6 u
A,PC,T,Y15-24,ED5-8,LU\t: u\t: u\t11.5 bu\t: u\t: u
";

const SES: &str = "\"countryCode\";\"TOTAL_M\";\"TOTAL_F\";\"OC1_M\";\"OC1_F\";\"OC2_M\";\"OC2_F\";\"OC3_M\";\"OC3_F\";\"OC4_M\";\"OC4_F\";\"OC5_M\";\"OC5_F\";\"OC7_M\";\"OC7_F\";\"OC8_M\";\"OC8_F\";\"OC9_M\";\"OC9_F\"
\"EU27_2020\";\"16,63\";\"14,10\";\"32,43\";\"22,37\";\"24,41\";\"18,91\";\"19,46\";\"16,06\";\"15,06\";\"13,63\";\"11,53\";\"10,96\";\"13,43\";\"9,1\";\"11,99\";\"9,18\";\"10,16\";\"9,21\"
\"BE\";\"20,78\";\"19,58\";\"40,28\";\"38,06\";\"31,33\";\"30,4\";\"21,77\";\"21,04\";\"16,98\";\"16,78\";\"14,62\";\"14,31\";\"16,94\";\"14,86\";\"17,28\";\"14,86\";\"13,73\";\"12,75\"
";

pub fn data() -> Data {
    let table = |file: &str, key: &str, text: &str| Table::parse(file, key, text.as_bytes()).expect("fixture parses");
    let mut lfs = BTreeMap::new();
    for ((country, file), text) in LFS_FILES.iter().zip([LFS_GB, LFS_FR, LFS_IT]) {
        lfs.insert((*country).to_owned(), table(file, "isco_code", text));
    }
    Data {
        cps: table(CPS_FILE, "occupation", CPS),
        oews: table(OEWS_FILE, "soc_code", OEWS),
        ep: table(EP_FILE, "soc_code", EP),
        lfs,
        egised: Tsv::parse(EGISED_FILE, EGISED).expect("fixture parses"),
        urgaed: Tsv::parse(URGAED_FILE, URGAED).expect("fixture parses"),
        ses: SesChart::parse(SES_FILE, SES).expect("fixture parses"),
    }
}

/// The edition of a country in the real countries.json.
pub fn edition(code: &str) -> super::editions::Edition {
    let dir = crate::util::root().join("content").join(crate::texts::DIR);
    super::editions::Countries::load(&dir).expect("countries.json loads").get(code).expect("a known country").clone()
}

/// A text in the six UI languages, in the order of `crate::texts::LANGUAGES`: en, nl, fr, de, ar, uk.
pub fn six([en, nl, fr, de, ar, uk]: [&str; 6]) -> serde_json::Value {
    serde_json::json!({ "en": en, "nl": nl, "fr": fr, "de": de, "ar": ar, "uk": uk })
}

pub fn labels() -> Labels {
    serde_json::from_value(serde_json::json!({
        "education": {
            "High school diploma or equivalent": six([
                "a secondary school diploma", "een diploma middelbaar onderwijs", "un diplôme du secondaire",
                "einen Schulabschluss", "شهادة المدرسة الثانوية", "атестат про середню освіту"
            ]),
            "Postsecondary nondegree award": six([
                "a short course after secondary school", "een korte opleiding na het middelbaar",
                "une formation courte après le secondaire", "einen kurzen Kurs nach der Schule",
                "دورة قصيرة بعد المدرسة الثانوية", "короткий курс після школи"
            ])
        },
        "training": {
            "Apprenticeship": six(["an apprenticeship", "een leertraject", "un apprentissage", "eine Lehre", "تلمذة مهنية", "учнівство"])
        },
        "oews_footnotes": {
            "4": six([
                "Many do not work all year round.", "Velen werken niet het hele jaar.",
                "Beaucoup ne travaillent pas toute l’année.", "Viele arbeiten nicht das ganze Jahr.",
                "كثيرون لا يعملون طوال السنة.", "Багато хто працює не цілий рік."
            ])
        }
    }))
    .expect("fixture labels parse")
}

/// The real sources' words (`content/authored/texts/sources.json`): the registry is shared with the bundles.
/// The words a cited figure takes, for the life of the test run.
pub fn words() -> super::cite::Words<'static> {
    let texts = crate::util::root().join("content").join(crate::texts::DIR);
    super::cite::Words {
        labels: Box::leak(Box::new(labels())),
        registry: Box::leak(Box::new(registry())),
        precision: Box::leak(Box::new(crate::precision::Precision::load(&texts).expect("occupations.json loads"))),
    }
}

pub fn registry() -> Registry {
    Registry::load(&crate::util::root().join("content").join(crate::texts::DIR)).expect("sources.json loads")
}

/// `names → references` resolved against [`data`].
pub fn scope(values: &[(&str, &str)]) -> Scope {
    let values = Values(values.iter().map(|(n, r)| ((*n).to_owned(), (*r).to_owned())).collect());
    Scope::resolve(&data(), &values, "test", None).expect("fixture scope resolves")
}
