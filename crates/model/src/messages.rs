//! The texts of syntax errors: what is wrong, and how to fix it, in
//! French or in English.

use crate::json::Problem;
use crate::language::Lang;
use crate::say;

/// A syntax error as a sentence with a fix, in `lang`.
pub fn syntax(problem: Problem, lang: Lang) -> String {
    let fix = match problem {
        Problem::EofInList => say!(
            lang,
            "le fichier s'arrête avant la fin d'une liste : il manque un « ] »",
            "the file ends before the end of a list: a “]” is missing",
        ),
        Problem::EofInObject => say!(
            lang,
            "le fichier s'arrête avant la fin d'un objet : il manque une « }} »",
            "the file ends before the end of an object: a “}}” is missing",
        ),
        Problem::EofInString => say!(
            lang,
            "le fichier s'arrête au milieu d'un texte : il manque un guillemet « \" » fermant",
            "the file ends in the middle of a text: a closing quote “\"” is missing",
        ),
        Problem::EofInValue => say!(
            lang,
            "le fichier s'arrête là où une valeur est attendue",
            "the file ends where a value is expected",
        ),
        Problem::ExpectedColon => say!(
            lang,
            "il manque les deux-points « : » entre le nom du champ et sa valeur",
            "the colon “:” between the field's name and its value is missing",
        ),
        Problem::ExpectedCommaOrBracket => say!(
            lang,
            "il manque une virgule « , » entre deux éléments de la liste, ou le « ] » qui la ferme",
            "a comma “,” is missing between two items of the list, or the “]” that closes it",
        ),
        Problem::ExpectedCommaOrBrace => say!(
            lang,
            "il manque une virgule « , » entre deux champs, ou l'accolade « }} » qui ferme l'objet",
            "a comma “,” is missing between two fields, or the brace “}}” that closes the object",
        ),
        Problem::ExpectedIdent => say!(
            lang,
            "mot inconnu : seuls true, false et null s'écrivent sans guillemets",
            "unknown word: only true, false and null are written without quotes",
        ),
        Problem::ExpectedValue => say!(
            lang,
            "valeur attendue : un texte entre guillemets, un nombre, true, false, null, une liste [ … ] ou un objet {{ … }}",
            "value expected: a text in quotes, a number, true, false, null, a list [ … ] or an object {{ … }}",
        ),
        Problem::InvalidEscape => say!(
            lang,
            "séquence d'échappement invalide : écrivez « \\\\ » pour une barre oblique inversée",
            "invalid escape sequence: write “\\\\” for a backslash",
        ),
        Problem::InvalidNumber => say!(
            lang,
            "nombre invalide : chiffres sans zéro initial, point décimal suivi d'un chiffre (« 3 », « 2.5 »)",
            "invalid number: digits without a leading zero, a decimal point followed by a digit (“3”, “2.5”)",
        ),
        Problem::NumberOutOfRange => say!(lang, "nombre trop grand", "number too large"),
        Problem::ControlCharacter => say!(
            lang,
            "retour à la ligne ou tabulation dans un texte : écrivez « \\n » ou « \\t » à la place",
            "line break or tab inside a text: write “\\n” or “\\t” instead",
        ),
        Problem::KeyMustBeString => say!(
            lang,
            "le nom d'un champ doit être entre guillemets : « \"nom\": … »",
            "a field's name must be in quotes: “\"name\": …”",
        ),
        Problem::LoneSurrogate => say!(
            lang,
            "séquence \\u incomplète : un émoji s'écrit avec deux séquences (« \\ud83d\\ude00 »), ou tel quel",
            "incomplete \\u sequence: an emoji is written with two sequences (“\\ud83d\\ude00”), or as it is",
        ),
        Problem::TrailingComma => say!(
            lang,
            "virgule en trop avant « ] » ou « }} » : supprimez-la",
            "extra comma before “]” or “}}”: delete it",
        ),
        Problem::TrailingCharacters => say!(
            lang,
            "texte en trop après la fin de l'objet principal",
            "extra text after the end of the main object",
        ),
        Problem::TooDeep => say!(
            lang,
            "imbrication trop profonde : le fichier contient trop de listes ou d'objets les uns dans les autres",
            "nesting too deep: the file has too many lists or objects inside one another",
        ),
        Problem::Comment => say!(
            lang,
            "les commentaires (« // … » ou « /* … */ ») n'existent pas en JSON : supprimez-le, ou mettez cette note dans un champ",
            "comments (“// …” or “/* … */”) do not exist in JSON: delete it, or put this note in a field",
        ),
        // The English text names the French quotes too: they are the
        // characters to look for.
        Problem::TypographicQuote => say!(
            lang,
            "guillemet typographique (“ ” « » ’) : JSON n'accepte que le guillemet droit « \" » ; remplacez-le (un traitement de texte ou un téléphone les change automatiquement)",
            "typographic quote (“ ” « » ’): JSON only accepts the straight quote “\"”; replace it (a word processor or a phone changes them automatically)",
        ),
    };
    say!(lang, "JSON invalide : {fix}", "invalid JSON: {fix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_read_in_french() {
        assert!(syntax(Problem::TrailingComma, Lang::French).contains("virgule en trop"));
        assert!(syntax(Problem::TooDeep, Lang::French).starts_with("JSON invalide : imbrication"));
        assert_eq!(
            syntax(Problem::EofInObject, Lang::French),
            "JSON invalide : le fichier s'arrête avant la fin d'un objet : il manque une « } »"
        );
        assert_eq!(
            syntax(Problem::ExpectedValue, Lang::French),
            "JSON invalide : valeur attendue : un texte entre guillemets, un nombre, true, false, null, une liste [ … ] ou un objet { … }"
        );
    }

    #[test]
    #[cfg(feature = "english-messages")]
    fn syntax_errors_read_in_english_on_request() {
        assert_eq!(
            syntax(Problem::TrailingComma, Lang::English),
            "invalid JSON: extra comma before “]” or “}”: delete it"
        );
    }
}
