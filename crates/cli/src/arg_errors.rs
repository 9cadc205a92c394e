//! clap's argument errors, told in French like every other message of the
//! command: what is wrong, what was meant when clap can tell, and how to
//! get help. Help itself (`--help`) and the version stay clap's.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The French text of an argument error, or `None` for what is not an
/// error (help, version) or not one of the common cases: clap's own text
/// is printed then.
pub fn french(error: &clap::Error) -> Option<String> {
    let value = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let quoted = |kind| value(kind).map(|v| format!("«\u{a0}{v}\u{a0}»"));
    let mut message = match error.kind() {
        ErrorKind::InvalidValue => {
            let arg = quoted(ContextKind::InvalidArg)?;
            let mut m = match value(ContextKind::InvalidValue).filter(|v| !v.is_empty()) {
                Some(given) => {
                    format!("la valeur «\u{a0}{given}\u{a0}» n'est pas acceptée pour {arg}")
                }
                None => format!("une valeur est attendue après {arg}"),
            };
            if let Some(valid) = value(ContextKind::ValidValue) {
                m.push_str(&format!(" ; valeurs possibles\u{a0}: {valid}"));
            }
            m
        }
        ErrorKind::UnknownArgument => {
            format!("argument inattendu {}", quoted(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "commande inconnue {}",
                quoted(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::MissingRequiredArgument => format!(
            "argument obligatoire manquant\u{a0}: {}",
            value(ContextKind::InvalidArg)?
        ),
        ErrorKind::ValueValidation => format!(
            "valeur incorrecte {} pour {}",
            quoted(ContextKind::InvalidValue)?,
            quoted(ContextKind::InvalidArg)?
        ),
        ErrorKind::ArgumentConflict => format!(
            "{} ne peut pas être utilisé avec {}",
            quoted(ContextKind::InvalidArg)?,
            quoted(ContextKind::PriorArg)?
        ),
        _ => return None,
    };
    let suggestion = value(ContextKind::SuggestedSubcommand)
        .or_else(|| value(ContextKind::SuggestedArg))
        .or_else(|| value(ContextKind::SuggestedValue));
    if let Some(suggestion) = suggestion {
        message.push_str(&format!(
            " ; vouliez-vous écrire «\u{a0}{suggestion}\u{a0}»\u{a0}?"
        ));
    }
    let usage = value(ContextKind::Usage)
        .map(|u| {
            let u = u.trim();
            format!(
                "\n\nUtilisation\u{a0}: {}",
                u.strip_prefix("Usage:").unwrap_or(u).trim()
            )
        })
        .unwrap_or_default();
    Some(format!(
        "erreur\u{a0}: {message}{usage}\n\nPour l'aide\u{a0}: cyberfolio --help, ou cyberfolio COMMANDE --help\n"
    ))
}
