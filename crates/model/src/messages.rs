//! French versions of serde and serde_json messages.
//!
//! serde writes its messages in English with a stable phrasing
//! (`invalid type: integer `3`, expected a string`); students read French, so
//! each known form is rewritten with what to do. An unknown form is kept as
//! it is rather than lost.

/// Rewrites a serde_json syntax error message (without its
/// `at line L column C` suffix) as a French sentence with a fix.
pub fn syntax(message: &str) -> String {
    let fix = match message {
        "EOF while parsing a list" => "le fichier s'arrête avant la fin d'une liste : il manque un « ] »",
        "EOF while parsing an object" => "le fichier s'arrête avant la fin d'un objet : il manque une « } »",
        "EOF while parsing a string" => "le fichier s'arrête au milieu d'un texte : il manque un guillemet « \" » fermant",
        "EOF while parsing a value" => "le fichier s'arrête là où une valeur est attendue",
        "expected `:`" => "il manque les deux-points « : » entre le nom du champ et sa valeur",
        "expected `,` or `]`" => "il manque une virgule « , » entre deux éléments de la liste, ou le « ] » qui la ferme",
        "expected `,` or `}`" => "il manque une virgule « , » entre deux champs, ou l'accolade « } » qui ferme l'objet",
        "expected ident" => "mot inconnu : seuls true, false et null s'écrivent sans guillemets",
        "expected value" => "valeur attendue : un texte entre guillemets, un nombre, true, false, null, une liste [ … ] ou un objet { … }",
        "invalid escape" => "séquence d'échappement invalide : écrivez « \\\\ » pour une barre oblique inversée",
        "invalid number" => "nombre invalide",
        "number out of range" => "nombre trop grand",
        "invalid unicode code point" => "caractère Unicode invalide dans une séquence \\u",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "retour à la ligne ou tabulation dans un texte : écrivez « \\n » ou « \\t » à la place"
        }
        "key must be a string" => "le nom d'un champ doit être entre guillemets : « \"nom\": … »",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => "séquence \\u incomplète",
        "trailing comma" => "virgule en trop avant « ] » ou « } » : supprimez-la",
        "trailing characters" => "texte en trop après la fin de l'objet principal",
        "recursion limit exceeded" => "imbrication trop profonde : le fichier contient trop de listes ou d'objets les uns dans les autres",
        other => return format!("JSON invalide : {other}"),
    };
    format!("JSON invalide : {fix}")
}

/// Rewrites a serde data error message (wrong type, missing field, unknown
/// value) as a French sentence with a fix.
pub fn data(message: &str) -> String {
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("le champ obligatoire « {field} » manque : ajoutez-le à cet objet");
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!(
            "le champ « {field} » apparaît deux fois dans cet objet : gardez-en un seul"
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((value, expected)) = rest.split_once("`, expected ") {
            let choices = expected.trim_start_matches("one of ").replace('`', "\"");
            return format!("valeur « {value} » inconnue : les valeurs possibles sont {choices}");
        }
    }
    for (prefix, what) in [
        ("invalid type: ", "type incorrect"),
        ("invalid value: ", "valeur incorrecte"),
    ] {
        if let Some((found, expected)) = message
            .strip_prefix(prefix)
            .and_then(|r| r.rsplit_once(", expected "))
        {
            return format!(
                "{what} : {} à la place d'{}",
                found_fr(found),
                expected_fr(expected)
            );
        }
    }
    message.to_string()
}

fn found_fr(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').trim_matches('"').to_string();
    if let Some(v) = found.strip_prefix("string ") {
        format!("le texte « {} »", crate::text::ellipsize(&quoted(v), 40))
    } else if let Some(v) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        format!("le nombre {}", quoted(v))
    } else if let Some(v) = found.strip_prefix("boolean ") {
        format!("la valeur {}", quoted(v))
    } else {
        match found {
            "null" => "null".to_string(),
            "sequence" => "une liste [ … ]".to_string(),
            "map" => "un objet { … }".to_string(),
            other => other.to_string(),
        }
    }
}

fn expected_fr(expected: &str) -> &'static str {
    match expected {
        "a string" | "a borrowed string" => "un texte entre guillemets",
        "u8" | "u16" | "u32" | "u64" | "usize" => "un nombre entier positif",
        "a sequence" => "une liste [ … ]",
        "a boolean" => "true ou false",
        "a map" => "un objet { … }",
        e if e.starts_with("struct ") => "un objet { … }",
        e if e.contains("variant") || e.starts_with("enum ") => {
            "une des valeurs prévues (entre guillemets)"
        }
        _ => "la valeur attendue",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_errors_read_in_french() {
        assert_eq!(
            data("missing field `name`"),
            "le champ obligatoire « name » manque : ajoutez-le à cet objet"
        );
        assert_eq!(
            data("invalid type: integer `3`, expected a string"),
            "type incorrect : le nombre 3 à la place d'un texte entre guillemets"
        );
        assert_eq!(
            data("unknown variant `pro3`, expected one of `formation`, `pro1`, `pro2`"),
            "valeur « pro3 » inconnue : les valeurs possibles sont \"formation\", \"pro1\", \"pro2\""
        );
        assert_eq!(
            data("invalid type: sequence, expected struct Basics"),
            "type incorrect : une liste [ … ] à la place d'un objet { … }"
        );
        assert_eq!(
            data("invalid value: integer `-1`, expected u32"),
            "valeur incorrecte : le nombre -1 à la place d'un nombre entier positif"
        );
    }

    #[test]
    fn syntax_errors_read_in_french() {
        assert!(syntax("trailing comma").contains("virgule en trop"));
        assert!(syntax("something new").starts_with("JSON invalide : something new"));
    }
}
