//! The French texts of syntax errors: what is wrong, and how to fix it.

use crate::json::Problem;

/// A syntax error as a French sentence with a fix.
pub fn syntax(problem: Problem) -> String {
    let fix = match problem {
        Problem::EofInList => "le fichier s'arrête avant la fin d'une liste : il manque un « ] »",
        Problem::EofInObject => "le fichier s'arrête avant la fin d'un objet : il manque une « } »",
        Problem::EofInString => "le fichier s'arrête au milieu d'un texte : il manque un guillemet « \" » fermant",
        Problem::EofInValue => "le fichier s'arrête là où une valeur est attendue",
        Problem::ExpectedColon => "il manque les deux-points « : » entre le nom du champ et sa valeur",
        Problem::ExpectedCommaOrBracket => "il manque une virgule « , » entre deux éléments de la liste, ou le « ] » qui la ferme",
        Problem::ExpectedCommaOrBrace => "il manque une virgule « , » entre deux champs, ou l'accolade « } » qui ferme l'objet",
        Problem::ExpectedIdent => "mot inconnu : seuls true, false et null s'écrivent sans guillemets",
        Problem::ExpectedValue => "valeur attendue : un texte entre guillemets, un nombre, true, false, null, une liste [ … ] ou un objet { … }",
        Problem::InvalidEscape => "séquence d'échappement invalide : écrivez « \\\\ » pour une barre oblique inversée",
        Problem::InvalidNumber => "nombre invalide : chiffres sans zéro initial, point décimal suivi d'un chiffre (« 3 », « 2.5 »)",
        Problem::NumberOutOfRange => "nombre trop grand",
        Problem::ControlCharacter => "retour à la ligne ou tabulation dans un texte : écrivez « \\n » ou « \\t » à la place",
        Problem::KeyMustBeString => "le nom d'un champ doit être entre guillemets : « \"nom\": … »",
        Problem::LoneSurrogate => "séquence \\u incomplète : un émoji s'écrit avec deux séquences (« \\ud83d\\ude00 »), ou tel quel",
        Problem::TrailingComma => "virgule en trop avant « ] » ou « } » : supprimez-la",
        Problem::TrailingCharacters => "texte en trop après la fin de l'objet principal",
        Problem::TooDeep => "imbrication trop profonde : le fichier contient trop de listes ou d'objets les uns dans les autres",
        Problem::Comment => "les commentaires (« // … » ou « /* … */ ») n'existent pas en JSON : supprimez-le, ou mettez cette note dans un champ",
        Problem::TypographicQuote => "guillemet typographique (“ ” « » ’) : JSON n'accepte que le guillemet droit « \" » ; remplacez-le (un traitement de texte ou un téléphone les change automatiquement)",
    };
    format!("JSON invalide : {fix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_read_in_french() {
        assert!(syntax(Problem::TrailingComma).contains("virgule en trop"));
        assert!(syntax(Problem::TooDeep).starts_with("JSON invalide : imbrication"));
    }
}
