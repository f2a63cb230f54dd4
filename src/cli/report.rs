//! `limber report`: the visit report for the physiotherapist, as PDF or CSV.

use std::io::{self, Write};
use std::path::Path;

use limber_core::paper::{self, Period, ReportFormat, ReportInput};
use limber_core::terminal::{self, Escaping};

use super::args::PaperArg;
use super::env::{Env, Outcome, paper_fonts, say_missing_scripts, today};

pub fn run(
    env: &mut Env,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    paper: Option<PaperArg>,
    csv: bool,
    out: Option<&Path>,
) -> Outcome {
    let mut store = env.store()?;
    let chosen = env.profile(&store)?;
    let records = store.history(&chosen.id);
    env.notices(&store.take_notices());
    let records = records.map_err(|e| e.to_string())?;
    // The exercises this person left out, said in the report.
    let left_out = store
        .profile(&chosen.id)
        .map(|profile| profile.left_out)
        .unwrap_or_default();
    // Adherence needs the plan; a plan that cannot be read leaves it out
    // (the report still says what was done).
    let plan = store
        .plan(&chosen.id)
        .map_err(|e| {
            let left_out = limber_core::t!("cli-report-plan-left-out", error = e.to_string());
            eprintln!("limber: {left_out}");
        })
        .ok();
    let reminders = store.reminder_state(&chosen.id).unwrap_or_default();
    env.notices(&store.take_notices());
    let library = env.take_library();
    let to = to.unwrap_or_else(today);
    let period = match from {
        Some(from) => Period { from, to },
        None => Period::eight_weeks_to(to),
    };
    if period.from > period.to {
        return Err(limber_core::t!(
            "cli-report-from-after-to",
            from = period.from.to_string(),
            to = period.to.to_string()
        ));
    }
    if period.days() > paper::report::MAX_PERIOD_DAYS {
        return Err(limber_core::t!(
            "cli-report-too-long",
            from = period.from.to_string(),
            to = period.to.to_string()
        ));
    }
    let report = paper::visit_report_of(&ReportInput {
        profile_name: &chosen.name,
        sessions: &records,
        plan,
        reminders: &reminders,
        library: &library,
        period,
        generated: today(),
        left_out: &left_out,
    });
    let paper = paper.map_or_else(paper::default_paper, Into::into);
    let csv = csv || out.is_some_and(|p| ReportFormat::of_path(p) == ReportFormat::Csv);
    if csv {
        match out {
            Some(path) => {
                let fonts = paper_fonts()?;
                let saved = paper::save_report(&report, ReportFormat::Csv, paper, &fonts, path)
                    .map_err(|e| e.to_string())?;
                let said = format!(
                    "{}: {}",
                    terminal::escape(&path.to_string_lossy()),
                    saved.headline
                );
                if paper::writes_to_stdout(path) {
                    eprintln!("{said}");
                } else {
                    println!("{said}");
                }
            }
            None => {
                let bytes = paper::report_csv(&report);
                let mut stdout = Escaping::csv(io::stdout().lock());
                stdout.write_all(&bytes).map_err(|e| e.to_string())?;
                stdout.flush().map_err(|e| e.to_string())?;
            }
        }
        return env.done();
    }
    let Some(path) = out else {
        return Err(limber_core::t!("cli-report-needs-out"));
    };
    let fonts = paper_fonts()?;
    let saved = paper::save_report(&report, ReportFormat::Pdf, paper, &fonts, path)
        .map_err(|e| e.to_string())?;
    say_missing_scripts(&saved);
    let said = limber_core::t!(
        "cli-report-written",
        path = terminal::escape(&path.to_string_lossy()),
        profile = terminal::escape(&chosen.name),
        pages = saved.pages_words().unwrap_or_default(),
        headline = saved.headline.as_str()
    );
    if paper::writes_to_stdout(path) {
        eprintln!("{said}");
    } else {
        println!("{said}");
    }
    env.done()
}
