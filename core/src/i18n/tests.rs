use std::borrow::Cow;

use super::catalogue::{AREAS, Catalogues, files, test_file};
use super::check::check_files;
use super::*;

fn language(tag: &str) -> Language {
    Language::of_catalogue(tag.parse().expect("a tag"))
}

#[test]
fn english_has_a_file_for_every_area_and_the_shipped_catalogues_are_clean() {
    let english: Vec<String> = files()
        .into_iter()
        .filter(|file| file.language == ENGLISH)
        .map(|file| file.display)
        .collect();
    for area in AREAS {
        let wanted = format!("{LOCALES_PREFIX}/en/{area}.ftl");
        assert!(english.contains(&wanted), "{wanted} is missing");
    }
    for report in check::check() {
        assert_eq!(report.errors(), 0, "{}: {:#?}", report.tag, report.findings);
    }
}

#[test]
fn english_messages_read_with_their_arguments_and_plural_forms() {
    let en = Language::english();
    assert_eq!(en.name(), "English");
    assert_eq!(en.tr_args("language-called", &[("tag", "es")]), "Spanish");
    assert_eq!(en.tr_args("language-called", &[("tag", "nl")]), "nl");
    let untranslated = |count: u32| {
        en.tr_args(
            "check-untranslated-messages",
            &[
                ("count", Arg::from(count)),
                ("total", Arg::from(40)),
                ("first", Arg::from("player-hold")),
            ],
        )
    };
    assert_eq!(
        untranslated(1),
        "1 of 40 messages is not translated yet: player-hold"
    );
    assert_eq!(
        untranslated(5),
        "5 of 40 messages are not translated yet: player-hold"
    );
    // The macro converts each value.
    assert_eq!(
        crate::t!("check-language", tag = "es", name = String::from("Español")),
        "es (Español)"
    );
    assert_eq!(
        en.tr_args("side-of-limb", &[("side", "left"), ("limb", "leg")]),
        "left leg"
    );
}

#[test]
fn plural_forms_follow_the_languages_cldr_rules() {
    // Polish has one, few and many: what a language with two forms would
    // get wrong.
    let polish = test_file(
        "pl",
        "common.ftl",
        "files = { $count ->\n    [one] { $count } plik\n    [few] { $count } pliki\n   *[many] { $count } plików\n}\n",
    );
    let catalogues =
        Catalogues::from_files(&[test_file("en", "common.ftl", "files = files\n"), polish]);
    let pl = language("pl");
    let said = |n: u32| catalogues.format(&pl, "files", &[("count", Arg::from(n))]);
    assert_eq!(said(1), "1 plik");
    assert_eq!(said(3), "3 pliki");
    assert_eq!(said(5), "5 plików");
    assert_eq!(said(22), "22 pliki");
    assert_eq!(said(25), "25 plików");
}

#[test]
fn a_side_takes_the_form_its_limb_needs_through_terms_with_variants() {
    // Spanish: the adjective agrees with the limb ("pierna izquierda",
    // "brazo izquierdo"); the forms live in terms, the sentence picks one.
    let spanish = test_file(
        "es",
        "common.ftl",
        r#"
-left = { $gender ->
        [feminine] izquierda
       *[masculine] izquierdo
    }
-right = { $gender ->
        [feminine] derecha
       *[masculine] derecho
    }
-leg = pierna
    .gender = feminine
-arm = brazo
    .gender = masculine
side-of-limb = { $limb ->
        [leg] { -leg } { $side ->
            [left] { -left(gender: "feminine") }
           *[right] { -right(gender: "feminine") }
        }
       *[arm] { -arm } { $side ->
            [left] { -left(gender: "masculine") }
           *[right] { -right(gender: "masculine") }
        }
    }
"#,
    );
    let catalogues = Catalogues::from_files(&[
        test_file("en", "common.ftl", "side-of-limb = { $side } { $limb }\n"),
        spanish,
    ]);
    let es = language("es");
    let side = |side: &str, limb: &str| {
        catalogues.format(
            &es,
            "side-of-limb",
            &[("side", side.into()), ("limb", limb.into())],
        )
    };
    assert_eq!(side("left", "leg"), "pierna izquierda");
    assert_eq!(side("right", "leg"), "pierna derecha");
    assert_eq!(side("left", "arm"), "brazo izquierdo");
    assert_eq!(side("right", "arm"), "brazo derecho");
}

#[test]
fn a_translation_that_cannot_be_written_whole_gives_way_to_english() {
    let catalogues = Catalogues::from_files(&[
        test_file(
            "en",
            "check.ftl",
            "check-summary = { $errors } errors\ncheck-done = Done\n",
        ),
        test_file(
            "es",
            "check.ftl",
            "check-summary = { $errores } errores\ncheck-done = { -nowhere }\n",
        ),
    ]);
    let es = language("es");
    let said = catalogues.format(&es, "check-summary", &[("errors", 3.into())]);
    assert_eq!(said, "3 errors");
    assert_eq!(catalogues.format(&es, "check-done", &[]), "Done");
    assert_eq!(
        catalogue::logged_count("es check-summary cannot be written whole"),
        1
    );
    assert_eq!(
        catalogue::logged_count("es check-summary has no message"),
        0,
        "it has one, broken"
    );
}

#[test]
fn a_missing_message_falls_back_to_english_and_is_logged_once() {
    let catalogues = Catalogues::from_files(&[
        test_file(
            "en",
            "home.ftl",
            "home-start = Start\nhome-only-in-english = History\n",
        ),
        test_file("es", "home.ftl", "home-start = Empezar\n"),
    ]);
    let es = language("es");
    assert_eq!(catalogues.format(&es, "home-start", &[]), "Empezar");
    let id = "home-only-in-english";
    assert_eq!(catalogues.format(&es, id, &[]), "History");
    assert_eq!(catalogues.format(&es, id, &[]), "History");
    assert_eq!(
        catalogue::logged_count(&format!("es {id} ")),
        1,
        "logged once however often it is asked"
    );
    // Nowhere at all: the id, never a panic.
    let nowhere = "home-nowhere";
    assert_eq!(catalogues.format(&es, nowhere, &[]), nowhere);
    assert_eq!(
        catalogues.format(&Language::english(), nowhere, &[]),
        nowhere
    );
    // An argument left out is written as itself, and the rest still is.
    let english = Language::english();
    let said = english.tr("speech-no-voice-reason");
    assert!(said.starts_with("no installed voice speaks"), "{said}");
}

#[test]
fn any_number_is_safe_to_give() {
    let en = Language::english();
    for number in [
        Arg::from(f64::NAN),
        Arg::from(f64::INFINITY),
        Arg::from(u64::MAX),
        Arg::from(i64::MIN),
        Arg::from(1e300),
        Arg::from(-3),
        Arg::from(0.5),
    ] {
        let said = en.tr_args(
            "check-untranslated-messages",
            &[
                ("count", number.clone()),
                ("total", number),
                ("first", Arg::from("x")),
            ],
        );
        assert!(said.contains("not translated"), "{said}");
    }
    assert_eq!(
        Arg::from(u64::MAX),
        Arg::Text(Cow::Owned(u64::MAX.to_string()))
    );
}

#[test]
fn the_pseudo_language_is_english_accented_longer_and_bracketed() {
    let pseudo = Language::pseudo();
    let said = pseudo.tr_args("speech-no-voice-reason", &[("language", "Español")]);
    assert!(said.starts_with('[') && said.ends_with(']'), "{said}");
    assert!(said.contains("Español"), "the placeable is kept: {said}");
    assert!(
        !said.contains("installed"),
        "the words are not English: {said}"
    );
    assert_eq!(said, "[ñöö îîñšţååļļééð vööîîçéé šþééååķš Español]");
    // Every message of every area, and each is bracketed.
    let english = Language::english();
    for file in files().into_iter().filter(|file| file.language == ENGLISH) {
        for line in file.text.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            if id.starts_with(['#', ' ', '-']) || id.contains(' ') {
                continue;
            }
            let shown = pseudo.tr(id);
            assert!(
                shown.starts_with('[') && shown.ends_with(']'),
                "{id}: {shown}"
            );
            assert_ne!(shown, english.tr(id), "{id}");
        }
    }
    // About 40 % longer on the words of a screen.
    let words = [
        "Start",
        "Back",
        "Settings",
        "Get ready",
        "Hold",
        "Relax",
        "Rep 2 of 4 · left leg",
        "Exercise 2 of 3",
        "This hurts",
        "Lie on your back with your knees bent and your feet flat on the floor.",
        "Keep your lower back pressed to the floor.",
        "If it hurts, lower the intensity.",
    ];
    let before: usize = words.iter().map(|w| w.chars().count()).sum();
    let after: usize = words
        .iter()
        .map(|w| pseudo.decorate(w).chars().count())
        .sum();
    let ratio = after as f64 / before as f64;
    assert!((1.3..1.7).contains(&ratio), "{ratio}");
    assert_eq!(pseudo.decorate("3:05"), "[3:05]");
    assert_eq!(english.decorate("3:05"), "3:05");
}

#[test]
fn a_language_is_chosen_from_the_persons_list() {
    let available: Vec<Language> = ["en", "es", "de", "pt-BR", "zh-CN", "en-XA"]
        .into_iter()
        .map(language)
        .collect();
    let pick = |requested: &[&str]| Language::negotiate_among(requested, &available);
    assert_eq!(pick(&["es_MX.UTF-8"]).tag(), "es");
    assert_eq!(pick(&["es_MX.UTF-8"]).locale_tag(), "es-MX");
    assert_eq!(pick(&["es_MX.UTF-8"]).region().as_deref(), Some("MX"));
    assert_eq!(pick(&["de-AT"]).tag(), "de");
    assert_eq!(pick(&["pt_PT"]).tag(), "pt-BR", "the only Portuguese");
    assert_eq!(pick(&["zh_CN.UTF-8"]).tag(), "zh-CN");
    assert_eq!(pick(&["zh"]).tag(), "zh-CN");
    // The first wish Limber has wins; unknown and broken ones fall through.
    assert_eq!(
        pick(&["nl", "", "x\u{0}y", "fr", "de_DE", "es"]).tag(),
        "de"
    );
    assert_eq!(pick(&[&"e".repeat(10_000), "es"]).tag(), "es");
    assert_eq!(pick(&["nl"]).tag(), "en", "English is the last resort");
    assert_eq!(pick(&["C.UTF-8", "es"]).tag(), "en", "C is English");
    assert_eq!(pick(&[]).tag(), "en");
    // The pseudo-language only by its own tag.
    assert_eq!(pick(&["en-XA"]).tag(), "en-XA");
    assert!(pick(&["en_xa"]).is_pseudo());
    assert_eq!(pick(&["en-GB"]).tag(), "en");
    assert_eq!(pick(&["en-GB"]).region().as_deref(), Some("GB"));
    assert_eq!(Language::pseudo().region(), None);
}

#[test]
fn the_system_list_follows_gettext() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let system = || vec!["fr-FR".to_owned()];
    assert_eq!(
        system_locales_from(
            env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "es:pt_BR")]),
            system
        ),
        ["es", "pt_BR", "de_DE.UTF-8"]
    );
    assert_eq!(
        system_locales_from(
            env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "it_IT")]),
            system
        ),
        ["it_IT"]
    );
    assert_eq!(
        system_locales_from(env(&[("LC_ALL", "C"), ("LANGUAGE", "es")]), system),
        ["C"],
        "LANGUAGE is not read under the C locale"
    );
    assert_eq!(
        system_locales_from(env(&[("LANG", " ")]), system),
        ["fr-FR"],
        "nothing set: the system's own list"
    );
}

#[test]
fn dates_use_the_locale_chrono_knows_for_the_language() {
    assert_eq!(language("es").chrono_locale(), chrono::Locale::es_ES);
    assert_eq!(language("pt-BR").chrono_locale(), chrono::Locale::pt_BR);
    assert_eq!(language("zh-CN").chrono_locale(), chrono::Locale::zh_CN);
    assert_eq!(Language::english().chrono_locale(), chrono::Locale::en_US);
    assert_eq!(Language::pseudo().chrono_locale(), chrono::Locale::en_US);
    let mexico = Language::negotiate_among(&["es_MX"], &[language("en"), language("es")]);
    assert_eq!(mexico.chrono_locale(), chrono::Locale::es_MX);
    // A region chrono has no data for: the language's usual one.
    let somewhere = Language::negotiate_among(&["de-AQ"], &[language("en"), language("de")]);
    assert_eq!(somewhere.chrono_locale(), chrono::Locale::de_DE);
}

#[test]
fn the_catalogues_are_read_from_many_threads_at_once() {
    fn shared<T: Send + Sync>() {}
    shared::<Catalogues>();
    shared::<Language>();
    let threads: Vec<_> = (0..8)
        .map(|n| {
            std::thread::spawn(move || {
                let language = if n % 2 == 0 {
                    Language::english()
                } else {
                    Language::pseudo()
                };
                (0..200)
                    .map(|_| language.tr_args("language-called", &[("tag", "de")]))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (n, thread) in threads.into_iter().enumerate() {
        let said = thread.join().expect("no panic");
        let wanted = if n % 2 == 0 {
            "German"
        } else {
            "[Ĝééŕmååñ]"
        };
        assert!(said.iter().all(|s| s == wanted), "{:?}", said.first());
    }
}

#[test]
fn the_check_places_what_is_wrong_and_counts_what_is_missing() {
    let files = [
        test_file(
            "en",
            "player.ftl",
            "player-hold = Hold\nplayer-rep-of = Rep { $rep } of { $reps }\nplayer-rest = Rest\n",
        ),
        test_file("en", "home.ftl", "home-start = Start\n"),
        test_file(
            "es",
            "player.ftl",
            "player-hold = Mantén\nplayer-rep-of = Serie { $rep } de { $total }\nplayer-hlod = Mantén\nplayer-rest = { -pausa }\nhome-start = Empezar\n",
        ),
        test_file("es", "home.ftl", "home-start = Empezar\nbroken = {\n"),
    ];
    let reports = check_files(&files);
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0].tag, "en");
    assert_eq!(reports[0].errors(), 0, "{:#?}", reports[0].findings);
    let es = &reports[1];
    let shown: Vec<String> = es.findings.iter().map(ToString::to_string).collect();
    let has = |wanted: &str| shown.iter().any(|line| line.contains(wanted));
    assert!(
        has("<locales>/es/home.ftl:3:1: syntax:"),
        "a syntax error, placed: {shown:#?}"
    );
    assert!(
        has("<locales>/es/player.ftl:2:1: `player-rep-of` uses `$total`"),
        "{shown:#?}"
    );
    assert!(
        has("<locales>/es/player.ftl:3:1: `player-hlod` is not an English message"),
        "{shown:#?}"
    );
    assert!(
        has("<locales>/es/player.ftl:4:1: `player-rest` uses the term `-pausa`"),
        "{shown:#?}"
    );
    assert!(
        has("<locales>/es/home.ftl:1:1: `home-start` is already defined in player.ftl"),
        "{shown:#?}"
    );
    assert!(
        has("<locales>/es/player.ftl:5:1: warning: `home-start` is in home.ftl in English"),
        "{shown:#?}"
    );
    assert_eq!(es.errors(), 5, "{shown:#?}");
    assert_eq!(es.english_messages, 4);
    assert!(es.untranslated.is_empty(), "{:?}", es.untranslated);
    // A language that lacks messages: counted, by id.
    let partial = check_files(&[
        test_file(
            "en",
            "home.ftl",
            "home-start = Start\nhome-history = History\n",
        ),
        test_file("de", "home.ftl", "home-start = Los\n"),
    ]);
    assert_eq!(partial[1].untranslated, ["home-history"]);
    assert_eq!(partial[1].errors(), 0);
}

/// The ```ftl blocks of `docs/translating.md`, in order.
fn guide_examples() -> Vec<String> {
    let path = format!("{}/../docs/translating.md", env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(path).expect("docs/translating.md");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in guide.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```ftl") => current = Some(String::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap_or_default()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn the_translators_guide_examples_are_fluent_and_say_what_it_says() {
    let blocks = guide_examples();
    assert!(blocks.len() >= 7, "{} examples", blocks.len());
    for block in &blocks {
        if let Err((_, errors)) = fluent_syntax::parser::parse(block.as_str()) {
            panic!("an example of docs/translating.md does not parse: {errors:?}\n{block}");
        }
    }
    // Its Spanish sides, loaded as Spanish.
    let sided = |id: &str| {
        blocks
            .iter()
            .find(|block| block.contains(&format!("\n{id} =")) || block.starts_with(id))
            .unwrap_or_else(|| panic!("the guide shows {id}"))
            .clone()
    };
    let text = format!("{}{}", sided("side-of-limb"), sided("content-side"));
    let catalogues = Catalogues::from_files(&[
        test_file(
            "en",
            "common.ftl",
            "side-of-limb = { $side } { $limb }\ncontent-side = { $side }\n",
        ),
        test_file("es", "common.ftl", &text),
    ]);
    let es = language("es");
    let format = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(n, v)| (*n, (*v).into())).collect();
        catalogues.format(&es, id, &args)
    };
    assert_eq!(
        format("side-of-limb", &[("side", "left"), ("limb", "leg")]),
        "pierna izquierda"
    );
    assert_eq!(
        format("content-side", &[("side", "left"), ("form", "f")]),
        "izquierda"
    );
    assert_eq!(
        format("content-side", &[("side", "right"), ("form", "")]),
        "derecho"
    );
}

#[test]
fn a_language_is_parsed_when_it_is_first_asked_for_and_english_only_when_it_fills_a_gap() {
    let catalogues = Catalogues::from_files(&[
        test_file("en", "home.ftl", "start = Start\nstop = Stop\n"),
        test_file("es", "home.ftl", "start = Empezar\n"),
        test_file("de", "home.ftl", "start = Beginnen\nstop = Anhalten\n"),
    ]);
    assert!(
        catalogues.parsed().is_empty(),
        "nothing is parsed before it is asked for"
    );
    let es = language("es");
    assert_eq!(catalogues.format(&es, "start", &[]), "Empezar");
    assert_eq!(catalogues.parsed(), ["es"]);
    assert_eq!(catalogues.format(&es, "stop", &[]), "Stop");
    assert_eq!(catalogues.parsed(), ["en", "es"]);
    let pseudo = catalogues.format(&language("en-XA"), "stop", &[]);
    assert!(pseudo.starts_with('[') && pseudo != "[Stop]", "{pseudo}");
    assert_eq!(catalogues.parsed(), ["en", "en-XA", "es"]);
    assert!(
        !catalogues.parsed().contains(&"de".to_owned()),
        "German was never asked for"
    );
}
