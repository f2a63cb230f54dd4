use std::path::Path;

use super::*;
use crate::content::Library;

fn shipped(file: &str) -> String {
    std::fs::read_to_string(format!("{}/../content/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("shipped content")
}

/// The shipped knee to chest with its area, poses and a routine, plus
/// `extra` files (translations).
fn load(language: &Language, extra: &[(&str, &str)]) -> (Library, Vec<Problem>) {
    let texts: Vec<(String, String)> = [
        "exercises/knee-to-chest.ron",
        "areas/lower-back.ron",
        "poses/knee-to-chest.ron",
        "poses/press-up.ron",
        "poses/misc.ron",
    ]
    .into_iter()
    .map(|file| (file.to_owned(), shipped(file)))
    .chain([(
        "routines/back.ron".to_owned(),
        r#"(id: "back", title: "Back", description: "For the back.", area: "lower-back", exercises: [(exercise: "knee-to-chest")])"#.to_owned(),
    )])
    .collect();
    let mut all: Vec<(&str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    all.extend(extra);
    Library::load_texts_in(Path::new("/content"), &all, language)
}

const SPANISH: &str = r#"// Spanish
(
    id: "knee-to-chest",
    title: "Rodilla al pecho",
    cautions: [
        "Si sujetar la espinilla te molesta en la rodilla, sujeta por detrás del muslo.",
        "¿Tienes una prótesis de cadera? Pregunta antes: esto flexiona mucho la cadera.",
        "Si duele, baja la intensidad.",
    ],
    steps: {
        "Lie on your back": (
            title: "Túmbate boca arriba",
            spoken: "Boca arriba, rodillas dobladas.",
        ),
        "Knee to chest": (
            text: "Lleva la rodilla {side:f} hacia el pecho; el otro pie sigue en el suelo.",
        ),
    },
    variations: {
        "Other leg flat": (
            title: "La otra pierna estirada",
            spoken: {
                "Lie on your back": "Boca arriba, la pierna {other:f} estirada.",
            },
        ),
    },
)
"#;

#[test]
fn a_translation_puts_its_texts_in_place_and_leaves_the_rest_english() {
    let spanish = Language::unshipped("es");
    let (library, problems) = load(
        &spanish,
        &[
            ("translations/es/exercises/knee-to-chest.ron", SPANISH),
            (
                "translations/es/areas/lower-back.ron",
                r#"(id: "lower-back", title: "Zona lumbar")"#,
            ),
        ],
    );
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(library.language(), &spanish);
    let exercise = library.exercise("knee-to-chest").expect("loaded");
    assert_eq!(exercise.title, "Rodilla al pecho");
    assert_eq!(exercise.cautions[2], "Si duele, baja la intensidad.");
    assert_eq!(exercise.steps[0].title, "Túmbate boca arriba");
    assert_eq!(
        exercise.steps[0].spoken.as_deref(),
        Some("Boca arriba, rodillas dobladas.")
    );
    // Left out: English.
    assert_eq!(
        exercise.steps[0].text,
        "Lie on your back with your knees bent and your feet flat on the floor."
    );
    assert_eq!(
        exercise.summary,
        "Lying on your back, draw one knee up to your chest, then the other."
    );
    assert!(exercise.steps[1].text.contains("{side:f}"));
    // The version keeps its name (profiles and history hold it); its
    // title in the language is beside it, and its spoken line follows the
    // step's new title.
    let variation = exercise
        .variation(Some("Other leg flat"))
        .expect("by its name");
    assert_eq!(
        library.variation_title("knee-to-chest", &variation.title),
        "La otra pierna estirada"
    );
    assert_eq!(
        library.variation_title("knee-to-chest", "Something else"),
        "Something else"
    );
    assert_eq!(
        variation.spoken_for(&exercise.steps[0]),
        Some("Boca arriba, la pierna {other:f} estirada.")
    );
    assert_eq!(
        library.area("lower-back").expect("area").title,
        "Zona lumbar"
    );
    assert_eq!(library.routine("back").expect("routine").title, "Back");
    // The content as written is kept for packs and the builder.
    let english = library
        .untranslated()
        .exercise("knee-to-chest")
        .expect("loaded");
    assert_eq!(english.title, "Knee to chest");
    assert_eq!(
        library
            .untranslated()
            .area("lower-back")
            .expect("area")
            .title,
        "Lower back"
    );

    // In English (or another language) the translation is not read.
    let (library, _) = load(
        &Language::english(),
        &[("translations/es/exercises/knee-to-chest.ron", SPANISH)],
    );
    assert_eq!(
        library.exercise("knee-to-chest").expect("loaded").title,
        "Knee to chest"
    );
    let (library, _) = load(
        &Language::unshipped("de"),
        &[("translations/es/exercises/knee-to-chest.ron", SPANISH)],
    );
    assert_eq!(
        library.exercise("knee-to-chest").expect("loaded").title,
        "Knee to chest"
    );
}

#[test]
fn the_regions_folder_goes_over_the_languages() {
    let mexico = Language::negotiate_among_for_tests(&["es_MX"], &["en", "es"]);
    let (library, problems) = load(
        &mexico,
        &[
            ("translations/es/exercises/knee-to-chest.ron", SPANISH),
            (
                "translations/es-MX/exercises/knee-to-chest.ron",
                r#"(id: "knee-to-chest", title: "Rodilla al pecho (México)")"#,
            ),
        ],
    );
    assert!(problems.is_empty(), "{problems:#?}");
    let exercise = library.exercise("knee-to-chest").expect("loaded");
    assert_eq!(exercise.title, "Rodilla al pecho (México)");
    assert_eq!(
        exercise.steps[0].title, "Túmbate boca arriba",
        "the rest from es"
    );
}

const WRONG: &str = r##"(
    id: "knee-to-chest",
    cautions: ["Una sola."],
    steps: {
        "Lie on your bak": (title: "Túmbate"),
        "Knee to chest": (text: "Lleva la rodilla hacia el pecho."),
        "#9": (title: "Nueve"),
        "Let it go": (caution: "Sin prisa."),
        "Hold the stretch": (title: "   "),
    },
    variations: {
        "Other leg flat": (text: "La pierna {other} y la {side} y {sid}."),
        "Both legs": (title: "Ambas"),
    },
)
"##;

#[test]
fn what_is_wrong_is_placed_a_warning_when_loaded_and_an_error_when_checked() {
    let spanish = Language::unshipped("es");
    let files = [
        ("translations/es/exercises/knee-to-chest.ron", WRONG),
        (
            "translations/es/areas/upper-back.ron",
            r#"(id: "upper-back", title: "Espalda alta")"#,
        ),
        (
            "translations/es/routines/back.ron",
            r#"(id: "back", title: "Espalda", colour: "red")"#,
        ),
        ("translations/es/poses/knee.ron", r#"[]"#),
        (
            "translations/español/areas/lower-back.ron",
            r#"(id: "lower-back")"#,
        ),
        (
            "translations/en/areas/lower-back.ron",
            r#"(id: "lower-back", title: "Low back")"#,
        ),
    ];
    let (library, problems) = load(&spanish, &files);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |wanted: &str| shown.iter().any(|line| line.contains(wanted));
    let file = "/content/translations/es/exercises/knee-to-chest.ron";
    assert!(
        has(&format!(
            "{file}:3:5: warning: cautions has 1 entries; the English text has 3"
        )),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:5:9: warning: the exercise `knee-to-chest` has no step “Lie on your bak”"
        )),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:6:27: warning: steps.\"Knee to chest\".text has no placeholder where the English text has {{side}}"
        )),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:7:9: warning: the exercise `knee-to-chest` has no step “#9”"
        )),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:8:23: warning: steps.\"Let it go\".caution: the English text has none"
        )),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:9:30: warning: steps.\"Hold the stretch\".title is empty"
        )),
        "{shown:#?}"
    );
    assert!(
        has(
            "variations.\"Other leg flat\".text has {other}, {side}, {sid} where the English text has {other}"
        ),
        "{shown:#?}"
    );
    assert!(
        has(&format!(
            "{file}:13:9: warning: the exercise `knee-to-chest` has no version “Both legs”"
        )),
        "{shown:#?}"
    );
    assert!(
        has("upper-back.ron:1:6: warning: there is no area `upper-back` to translate"),
        "{shown:#?}"
    );
    assert!(
        has("routines/back.ron:1:32: Unexpected field named `colour`"),
        "an unknown field is placed: {shown:#?}"
    );
    assert!(
        has("translations/es/poses/knee.ron: warning: not loaded: a translation belongs in"),
        "{shown:#?}"
    );
    assert!(
        has("translations/español/areas/lower-back.ron: `español` is not a language tag"),
        "{shown:#?}"
    );
    assert!(
        has("translations/en/areas/lower-back.ron: warning: translations/en is not read"),
        "{shown:#?}"
    );
    // Nothing wrong was used; the content still loads whole.
    let exercise = library.exercise("knee-to-chest").expect("loaded");
    assert_eq!(exercise.cautions.len(), 3);
    assert_eq!(
        exercise.steps[1].text,
        "Draw your {side} knee up towards your chest; the other foot stays on the floor."
    );
    assert_eq!(exercise.steps[2].title, "Hold the stretch");

    // `limber check --translations`: the same, as errors, per language,
    // with what is not translated yet.
    let (english, _) = load(&Language::english(), &files);
    let reports = english.check_translations();
    let tags: Vec<&str> = reports.iter().map(|r| r.tag.as_str()).collect();
    assert_eq!(
        tags,
        ["es"],
        "the folders that are languages, English's not read"
    );
    let es = &reports[0];
    assert_eq!(
        es.problems.iter().filter(|p| p.is_error()).count(),
        9,
        "{:#?}",
        es.problems
    );
    assert!(es.texts > 20, "{}", es.texts);
    assert_eq!(
        es.untranslated.len(),
        es.texts,
        "nothing valid was translated: {:?}",
        es.untranslated
    );
    assert!(
        es.untranslated
            .contains(&"exercises/knee-to-chest: steps.\"Lie on your back\".spoken".to_owned())
    );
}

#[test]
fn the_check_counts_what_is_left_to_translate() {
    let (library, _) = load(
        &Language::english(),
        &[("translations/es/exercises/knee-to-chest.ron", SPANISH)],
    );
    let reports = library.check_translations();
    let es = &reports[0];
    assert!(es.problems.is_empty(), "{:#?}", es.problems);
    // title, 3 cautions, step 1 title and spoken, step 2 text, the
    // version's title and spoken line: 9 translated.
    assert_eq!(
        es.texts - es.untranslated.len(),
        9,
        "{:#?}",
        es.untranslated
    );
    assert!(
        !es.untranslated
            .iter()
            .any(|f| f.ends_with(": title") && f.starts_with("exercises/"))
    );
    assert!(
        es.untranslated
            .contains(&"areas/lower-back: title".to_owned())
    );
    // A language with no folder at all: everything is left.
    let none = library.untranslated_report("de");
    assert_eq!(none.untranslated.len(), none.texts);
    assert_eq!(none.texts, es.texts);
}

#[test]
fn placeholders_are_compared_by_name_with_their_form_left_aside() {
    assert_eq!(
        placeholders("your {side:f} knee, {other} leg"),
        ["other", "side"]
    );
    assert_eq!(placeholders("no braces"), Vec::<String>::new());
    assert_eq!(placeholders("{sides} {side"), ["{side", "{sides}"]);
    assert_eq!(placeholders("{side:dat} {side}"), ["side", "side"]);
}

#[test]
fn a_later_file_for_the_same_item_is_keyed_by_the_english_titles_too() {
    // The shipped translation, then the person's own over it: the second
    // names the steps and the version's lines by their English titles,
    // although the first already put Spanish titles in their place.
    let later = r#"(
    id: "knee-to-chest",
    steps: {
        "Lie on your back": (spoken: "Boca arriba."),
    },
    variations: {
        "Other leg flat": (
            spoken: {
                "Lie on your back": "Boca arriba, la {other:f} estirada.",
            },
        ),
    },
)"#;
    let files = [
        ("translations/es/exercises/a.ron", SPANISH),
        ("translations/es/exercises/b.ron", later),
    ];
    let spanish = Language::unshipped("es");
    let (library, problems) = load(&spanish, &files);
    assert!(problems.is_empty(), "{problems:#?}");
    let exercise = library.exercise("knee-to-chest").expect("loaded");
    assert_eq!(
        exercise.steps[0].title, "Túmbate boca arriba",
        "the first's"
    );
    assert_eq!(
        exercise.steps[0].spoken.as_deref(),
        Some("Boca arriba."),
        "the later file wins field by field"
    );
    let variation = exercise
        .variation(Some("Other leg flat"))
        .expect("by its name");
    assert_eq!(
        variation.spoken_for(&exercise.steps[0]),
        Some("Boca arriba, la {other:f} estirada.")
    );
    // The check reads the folder the same way.
    let (english, _) = load(&Language::english(), &files);
    let reports = english.check_translations();
    assert_eq!(reports.len(), 1);
    assert!(reports[0].problems.is_empty(), "{:#?}", reports[0].problems);
}

#[test]
fn a_version_the_file_does_not_name_keeps_its_lines_on_the_renamed_steps() {
    let titles_only = r#"(
    id: "knee-to-chest",
    steps: {
        "Lie on your back": (title: "Túmbate boca arriba"),
    },
)"#;
    let spanish = Language::unshipped("es");
    let (library, problems) = load(
        &spanish,
        &[("translations/es/exercises/knee-to-chest.ron", titles_only)],
    );
    assert!(problems.is_empty(), "{problems:#?}");
    let exercise = library.exercise("knee-to-chest").expect("loaded");
    assert_eq!(exercise.steps[0].title, "Túmbate boca arriba");
    let variation = exercise
        .variation(Some("Other leg flat"))
        .expect("by its name");
    // Its own English line, not the step's "knees bent".
    assert_eq!(
        variation.spoken_for(&exercise.steps[0]),
        Some("Lie on your back, your {other} leg straight and flat.")
    );
}
