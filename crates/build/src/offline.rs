//! The offline copy (`portfolio-hors-ligne.zip`): the whole portfolio in
//! one folder that works from `file://` once unzipped, with no server and
//! no network, for a USB key on the day of the exam (the exam's rules ask
//! the candidate to keep backups).
//!
//! Its page is the site's written page ([`crate::page::rewrite_as`] for
//! [`Edition::Offline`]), with no app: a browser refuses to fetch the wasm
//! and the portfolio from `file://`, and the page has everything already.
//! What the app did there is done without it:
//! - a réalisation's link leads to its detail written into the page
//!   (`#r-<id>`, shown by `:target`), as without JavaScript;
//! - the competency and cadre filters are CSS: rules written here for
//!   each card hide it when the written form's choices exclude it
//!   (`:has()` over the form's state), so they work with JavaScript off
//!   too, and a CSS counter says how many cards show;
//! - `public/init.js` sees `data-offline` and starts nothing, follows view
//!   links inside the page, and leaves the address alone.
//!
//! The page's Content-Security-Policy keeps refusing every script but the
//! two it carries (by their hashes), and allows `file:` for images, which
//! `'self'` does not cover in every browser for a page opened from a
//! folder.

use std::io::Write;
use std::path::Path;

use crate::page::{rewrite_as, without_app};
use cyberfolio_model::filter::competency_mask;
use cyberfolio_model::{Cadre, Loaded};
use cyberfolio_ui::edition::Edition;

/// The folder the archive unzips into.
pub const ARCHIVE_FOLDER: &str = "portfolio-hors-ligne";

/// The attribute of `<html>` by which `public/init.js` and the stylesheet
/// know the offline copy.
pub const OFFLINE_ATTRIBUTE: &str = "data-offline";

/// The page of the offline copy, from the page Trunk built (`html`) and
/// the app's files (`read`, as for [`crate::page::rewrite`]).
pub fn offline_page(
    html: &str,
    loaded: Loaded,
    read: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let css = filter_css(&loaded);
    let page = rewrite_as(html, loaded, Edition::Offline, read)?;
    without_app(&page, &[OFFLINE_ATTRIBUTE], &css, offline_policy)
}

/// The site's policy for a page opened from a folder: no wasm to compile,
/// nothing to fetch, and `file:` images beside `'self'`.
pub(crate) fn offline_policy(policy: &str) -> String {
    policy
        .split(';')
        .map(str::trim)
        .filter(|directive| !directive.is_empty())
        .map(|directive| {
            let name = directive.split_whitespace().next().unwrap_or_default();
            match name {
                "script-src" => directive.replace(" 'wasm-unsafe-eval'", ""),
                "connect-src" => "connect-src 'none'".to_string(),
                "default-src" | "img-src" | "media-src" => format!("{directive} file:"),
                _ => directive.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A CSS string of `text`: quoted, with what would end it escaped.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' => out.push_str(&format!("\\{:x} ", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The rules of the offline filters for `loaded`'s réalisations. Each card
/// is hidden when a competency is ticked and it mobilises none of the
/// ticked ones; with « toutes », also when one it lacks is ticked; and when
/// the chosen cadre is not its own. The search box and « Copier le lien »,
/// which need the app, are not offered.
pub fn filter_css(loaded: &Loaded) -> String {
    let section = "[data-offline] #realisations";
    let code = |c: &str| format!("input[name=c][value={}]", css_string(c));
    let codes = &loaded.referential.competencies;
    let mut css = String::new();
    for r in &loaded.portfolio.realisations {
        let card = format!("[data-card={}]", css_string(&r.id));
        let mask = competency_mask(r, &loaded.referential);
        let (has, lacks): (Vec<_>, Vec<_>) = codes
            .iter()
            .enumerate()
            .partition(|(i, _)| *i < 64 && mask & (1 << i) != 0);
        let has: Vec<String> = has.iter().map(|(_, c)| code(&c.code)).collect();
        let lacks: Vec<String> = lacks.iter().map(|(_, c)| code(&c.code)).collect();
        if has.is_empty() {
            css.push_str(&format!(
                "{section}:has(input[name=c]:checked) {card}{{display:none}}\n"
            ));
        } else {
            css.push_str(&format!(
                "{section}:has(input[name=c]:checked):not(:has(:is({}):checked)) {card}{{display:none}}\n",
                has.join(",")
            ));
        }
        if !lacks.is_empty() {
            css.push_str(&format!(
                "{section}:has(input[name=m][value=toutes]:checked):has(:is({}):checked) {card}{{display:none}}\n",
                lacks.join(",")
            ));
        }
    }
    for cadre in Cadre::ALL {
        let value = css_string(cadre.code());
        css.push_str(&format!(
            "{section}:has(select[name=cadre] option[value={value}]:checked) .card:not(:has(.cadre-{})){{display:none}}\n",
            cadre.code()
        ));
    }
    let (before, between) = loaded.portfolio.language().texts().offline_shown;
    let total = loaded.portfolio.realisations.len();
    css.push_str(&format!(
        "{section} label:has(input[name=q]),{section} .copy-link,{section} .copied,{section} .result-count{{display:none}}\n\
         {section}{{display:flex;flex-direction:column}}\n\
         {section}>:is(h2,noscript,form){{order:-2}}\n\
         {section} .cards{{counter-reset:shown}}\n\
         {section} .card{{counter-increment:shown}}\n\
         {section}::after{{order:-1;margin:1rem 0;content:{} counter(shown) {}}}\n\
         @media (scripting:none){{{section} .filters{{display:block}}}}\n",
        css_string(before),
        css_string(&format!("{between}{total}")),
    ));
    css
}

/// The archive of the site written in `site`, with `pages` (name, text)
/// in place of the site's own (`index.html`, `presentation.html`): every file of the site under [`ARCHIVE_FOLDER`], but the
/// app's (`app_files`, at the site's top: the page carries the stylesheet
/// and the start script, and a page opened from a folder cannot run the
/// wasm), the JSON Schema and the site's marks. The favicon stays.
pub fn archive(site: &Path, pages: &[(&str, &str)], app_files: &[&str]) -> Result<Vec<u8>, String> {
    let skipped = |top: &str| {
        (app_files.contains(&top) && top != "favicon.svg")
            || top == "schema"
            || pages.iter().any(|(name, _)| *name == top)
            || top.starts_with('.')
            || top.ends_with(".zip")
    };
    let mut files = Vec::new();
    walk(site, "", &mut files)?;
    // Nor an archive of an earlier copy, wherever it was put: each copy
    // would hold the one before.
    files.retain(|(name, _)| {
        !skipped(name.split('/').next().unwrap_or_default())
            && !name.rsplit('/').next().is_some_and(|file| {
                file.eq_ignore_ascii_case(cyberfolio_ui::edition::OFFLINE_ARCHIVE)
            })
    });
    files.sort();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip_now())
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fail =
        |e: &dyn std::fmt::Display| format!("l'archive hors ligne n'a pas pu être écrite : {e}");
    let mut entries: Vec<(String, Vec<u8>)> = pages
        .iter()
        .map(|(name, page)| (format!("{ARCHIVE_FOLDER}/{name}"), page.as_bytes().to_vec()))
        .collect();
    for (name, path) in files {
        let bytes = std::fs::read(&path).map_err(|e| {
            format!(
                "{}: impossible de lire : {}",
                path.display(),
                cyberfolio_model::files::io_reason(&e)
            )
        })?;
        entries.push((format!("{ARCHIVE_FOLDER}/{name}"), bytes));
    }
    for (name, bytes) in entries {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    let cursor = zip.finish().map_err(|e| fail(&e))?;
    Ok(cursor.into_inner())
}

/// The files under `dir`, as (`a/b.pdf`, path), links followed.
fn walk(
    dir: &Path,
    prefix: &str,
    files: &mut Vec<(String, std::path::PathBuf)>,
) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        format!(
            "{}: {}",
            dir.display(),
            cyberfolio_model::files::io_reason(&e)
        )
    })?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let path = entry.path();
        if path.is_dir() {
            walk(&path, &format!("{name}/"), files)?;
        } else {
            files.push((name, path));
        }
    }
    Ok(())
}

/// Now, as a zip entry's date (UTC: the format has no time zone).
fn zip_now() -> zip::DateTime {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    zip::DateTime::from_date_and_time(
        year,
        month,
        day,
        (rest / 3_600) as u8,
        (rest % 3_600 / 60) as u8,
        (rest % 60) as u8,
    )
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_no_wasm_no_fetch_and_file_images() {
        let site = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; img-src 'self' https:; connect-src 'self'; object-src 'none'";
        assert_eq!(
            offline_policy(site),
            "default-src 'self' file:; script-src 'self' 'sha256-a'; img-src 'self' https: file:; connect-src 'none'; object-src 'none'"
        );
    }

    #[test]
    fn css_strings_cannot_end_their_rule_or_their_element() {
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(css_string("</style>"), "\"\\3c /style\\3e \"");
        assert_eq!(css_string("a\u{c}b\nc"), "\"a\\c b\\a c\"");
    }

    #[test]
    fn a_zip_date_is_the_civil_date() {
        let now = zip_now();
        assert!(now.year() >= 2025, "{now:?}");
        assert!((1..=12).contains(&now.month()) && (1..=31).contains(&now.day()));
    }
}
