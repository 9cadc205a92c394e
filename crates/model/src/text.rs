//! Text helpers shared by search and diagnostics.

/// Lower-cases and strips French (and other Latin) diacritics, so that a
/// search for « reseau » finds « Réseau » and « oeuvre » finds « œuvre ».
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                out.push('a')
            }
            'ç' | 'Ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ñ' | 'Ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
            'ý' | 'ÿ' | 'Ý' | 'Ÿ' => out.push('y'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '\u{2019}' | '\u{2018}' => out.push('\''),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            other => out.push(lower(other)),
        }
    }
    out
}

/// The lower case of a letter of the alphabets a portfolio is written in:
/// ASCII, Latin-1, Latin Extended-A, Greek and Russian Cyrillic. Other
/// characters are kept. `char::to_lowercase` covers all of Unicode, but its
/// table is 5 kB of the gzipped WebAssembly, for letters no search needs.
fn lower(ch: char) -> char {
    let c = ch as u32;
    let lower = match c {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => c + 32,
        0x130 => 0x69,
        0x100..=0x137 | 0x14a..=0x177 if c.is_multiple_of(2) => c + 1,
        0x139..=0x148 | 0x179..=0x17e if !c.is_multiple_of(2) => c + 1,
        0x178 => 0xff,
        0x386 => 0x3ac,
        0x388..=0x38a => c + 37,
        0x38c => 0x3cc,
        0x38e | 0x38f => c + 63,
        0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => c + 32,
        0x400..=0x40f => c + 80,
        _ => c,
    };
    char::from_u32(lower).unwrap_or(ch)
}

/// The first sentence of a text: the short pitch of the home section, whose
/// full text is the bio of « À propos ». A sentence ends at `.`, `!`, `?` or
/// `…` followed by a space; the whole text when it is one sentence.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut chars = text.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if matches!(ch, '.' | '!' | '?' | '…') {
            if let Some(&(_, ' ')) = chars.peek() {
                return &text[..i + ch.len_utf8()];
            }
        }
    }
    text
}

/// « 1 réalisation », « 3 réalisations », « aucune réalisation »: a count
/// in words, shared by the site and the page `cyberfolio-build page` writes.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    match n {
        0 => format!("aucune {singular}"),
        1 => format!("1\u{a0}{singular}"),
        n => format!("{n}\u{a0}{plural}"),
    }
}

/// Cuts a text to `max` characters with an ellipsis, so that a diagnostic
/// quoting the student's value stays one readable line.
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

/// Whether a text is a valid identifier slug: lower-case ASCII letters,
/// digits and single inner hyphens. Slugs appear in URLs (`?r=`).
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_in_french() {
        assert_eq!(
            count(0, "réalisation", "réalisations"),
            "aucune réalisation"
        );
        assert_eq!(
            count(1, "réalisation", "réalisations"),
            "1\u{a0}réalisation"
        );
        assert_eq!(
            count(3, "réalisation", "réalisations"),
            "3\u{a0}réalisations"
        );
    }

    #[test]
    fn folding_ignores_accents_and_case() {
        assert_eq!(fold("Réseau ÉTENDU"), "reseau etendu");
        assert_eq!(fold("Mettre en œuvre"), "mettre en oeuvre");
        assert!(fold("Sécurisation des accès Wi‑Fi").contains("securisation"));
    }

    #[test]
    fn lower_agrees_with_unicode_on_the_alphabets_it_covers() {
        let covered = [0..0x180, 0x386..0x3ac, 0x400..0x430];
        for c in covered.into_iter().flatten().filter_map(char::from_u32) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            // Only U+0130 (İ) lower-cases to two characters; fold gives « i ».
            if let [one] = unicode[..] {
                assert_eq!(lower(c), one, "{c} U+{:04X}", c as u32);
            }
        }
        assert_eq!(
            fold("İSTANBUL ÉTÉ Œuvre ΑΘΉΝΑ МОСКВА"),
            "istanbul ete oeuvre αθήνα москва"
        );
    }

    #[test]
    fn ellipsize_counts_characters_not_bytes() {
        assert_eq!(ellipsize("éééé", 3), "ééé…");
        assert_eq!(ellipsize("abc", 3), "abc");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("glpi-parc-2"));
        for bad in ["", "Glpi", "a b", "-a", "a-", "a--b", "é", "a_b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn the_pitch_is_the_first_sentence() {
        assert_eq!(
            first_sentence("Étudiante en BTS SIO. J'aime les réseaux."),
            "Étudiante en BTS SIO."
        );
        assert_eq!(
            first_sentence("  Une seule phrase sans point "),
            "Une seule phrase sans point"
        );
        assert_eq!(
            first_sentence("Version 2.0 installée ! Ensuite…"),
            "Version 2.0 installée !"
        );
    }
}
