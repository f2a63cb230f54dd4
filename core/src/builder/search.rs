//! Finding exercises to add, by name or by area: "knee", "hips", "low
//! back". Bounded whatever is typed or loaded: the query is cut to
//! [`MAX_QUERY_CHARS`], and at most [`MAX_RESULTS`] exercises come back
//! (with a count of the rest), so a library of thousands stays quick to
//! search and to show.

use crate::content::Library;
use crate::content::schema::Exercise;

/// The longest query looked at, in characters.
pub const MAX_QUERY_CHARS: usize = 64;

/// The most exercises listed at once; the rest are counted ("12 more:
/// type more of the name").
pub const MAX_RESULTS: usize = 40;

/// The most words of a query used (each must match).
const MAX_WORDS: usize = 8;

/// What a search found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found<'l> {
    /// Best first: a title that starts with the query, then a title that
    /// has every word, then the rest (the id or an area); within
    /// each, the library's order (the order routines use them).
    pub exercises: Vec<&'l Exercise>,
    /// How many more matched than are listed.
    pub more: usize,
}

/// How well an exercise matches: lower is better, `None` is no match.
fn rank(exercise: &Exercise, areas: &[String], query: &str, words: &[&str]) -> Option<u8> {
    let title = exercise.title.to_lowercase();
    if title.starts_with(query) {
        return Some(0);
    }
    if words.iter().all(|w| title.contains(w)) {
        return Some(1);
    }
    // Every word somewhere: the title, the id, an area's title or id.
    // Not the summary: "knee" would find every exercise that bends one.
    let id = exercise.id.as_str();
    let all_found = words
        .iter()
        .all(|w| title.contains(w) || id.contains(w) || areas.iter().any(|a| a.contains(w)));
    all_found.then_some(2)
}

/// The exercises matching `query` (case does not matter; every word must
/// match the title, the id or an area). An empty query lists every
/// exercise, up to [`MAX_RESULTS`].
pub fn search<'l>(library: &'l Library, query: &str) -> Found<'l> {
    let query: String = query
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect::<String>()
        .to_lowercase();
    let query = query.trim();
    let words: Vec<&str> = query.split_whitespace().take(MAX_WORDS).collect();
    let mut ranked: Vec<(u8, usize, &Exercise)> = Vec::new();
    let mut matched = 0usize;
    for (order, exercise) in library.exercises().iter().enumerate() {
        let rank = if words.is_empty() {
            Some(0)
        } else {
            let areas: Vec<String> = exercise
                .areas
                .iter()
                .flat_map(|id| {
                    let title = library.area(id).map(|a| a.title.to_lowercase());
                    std::iter::once(id.to_lowercase()).chain(title)
                })
                .collect();
            rank(exercise, &areas, query, &words)
        };
        let Some(rank) = rank else {
            continue;
        };
        matched += 1;
        ranked.push((rank, order, exercise));
        // Keep the list short as it grows: only the best MAX_RESULTS can
        // be shown.
        if ranked.len() >= 4 * MAX_RESULTS {
            ranked.sort_unstable_by_key(|(rank, order, _)| (*rank, *order));
            ranked.truncate(MAX_RESULTS);
        }
    }
    ranked.sort_unstable_by_key(|(rank, order, _)| (*rank, *order));
    ranked.truncate(MAX_RESULTS);
    Found {
        more: matched - ranked.len(),
        exercises: ranked.into_iter().map(|(_, _, e)| e).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Library {
        Library::shipped().0
    }

    fn titles(found: &Found<'_>) -> Vec<String> {
        found.exercises.iter().map(|e| e.title.clone()).collect()
    }

    #[test]
    fn an_empty_query_lists_every_exercise_in_library_order() {
        let library = shipped();
        let found = search(&library, "   ");
        assert_eq!(found.exercises.len(), library.exercises().len());
        assert_eq!(found.more, 0);
        assert_eq!(found.exercises[0].id, library.exercises()[0].id);
    }

    #[test]
    fn a_name_finds_its_exercise_whatever_the_case() {
        let library = shipped();
        let found = search(&library, "KNEE");
        assert_eq!(titles(&found), ["Knee to chest"]);
        assert!(search(&library, "no such thing").exercises.is_empty());
    }

    #[test]
    fn an_area_finds_its_exercises_and_title_matches_come_first() {
        let library = shipped();
        let hips = search(&library, "hips");
        let ids: Vec<&str> = hips.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["butterfly-stretch", "hamstring-stretch"]);
        // "lower back" is an area; every word must match.
        let lower = search(&library, "lower back");
        assert_eq!(lower.exercises.len(), 3, "{:?}", titles(&lower));
        assert!(search(&library, "lower hips zebra").exercises.is_empty());
        // A title that starts with the words comes before one that has
        // them later, whatever the library's order.
        let stretch = search(&library, "hamstring");
        assert_eq!(titles(&stretch), ["Seated hamstring stretch"]);
        let seated = search(&library, "stretch");
        assert_eq!(
            titles(&seated),
            ["Butterfly stretch", "Seated hamstring stretch"]
        );
        let order: Vec<String> = search(&library, "s")
            .exercises
            .iter()
            .map(|e| e.title.clone())
            .collect();
        assert_eq!(order[0], "Seated hamstring stretch", "{order:?}");
    }

    #[test]
    fn a_huge_library_and_query_stay_bounded() {
        let exercise = std::fs::read_to_string(concat!(
            concat!(env!("CARGO_MANIFEST_DIR"), "/.."),
            "/content/exercises/partial-crunch.ron"
        ))
        .expect("the shipped crunch");
        let texts: Vec<(String, String)> = (0..300)
            .map(|n| {
                (
                    format!("exercises/crunch-{n}.ron"),
                    exercise.replacen("\"partial-crunch\"", &format!("\"crunch-{n}\""), 1),
                )
            })
            .collect();
        let mut files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str()))
            .collect();
        let area = std::fs::read_to_string(concat!(
            concat!(env!("CARGO_MANIFEST_DIR"), "/.."),
            "/content/areas/lower-back.ron"
        ))
        .expect("the shipped area");
        let poses = std::fs::read_to_string(concat!(
            concat!(env!("CARGO_MANIFEST_DIR"), "/.."),
            "/content/poses/crunch.ron"
        ))
        .expect("the shipped poses");
        let press_up = std::fs::read_to_string(concat!(
            concat!(env!("CARGO_MANIFEST_DIR"), "/.."),
            "/content/poses/press-up.ron"
        ))
        .expect("the shipped poses");
        files.push(("areas/lower-back.ron", &area));
        files.push(("poses/crunch.ron", &poses));
        files.push(("poses/press-up.ron", &press_up));
        let (library, _) = Library::load_texts(std::path::Path::new("/nowhere"), &files);
        assert_eq!(library.exercises().len(), 300);
        let found = search(&library, "crunch");
        assert_eq!(found.exercises.len(), MAX_RESULTS);
        assert_eq!(found.more, 300 - MAX_RESULTS);
        // Library order within a rank (by id here: no routine uses them).
        assert_eq!(found.exercises[0].id, library.exercises()[0].id);
        let long = "crunch ".repeat(10_000);
        let found = search(&library, &long);
        assert_eq!(found.exercises.len() + found.more, 300);
    }
}
