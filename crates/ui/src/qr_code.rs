//! QR codes, drawn at build time as inline SVG: paper that points back to
//! the site (the printed tableau), with no image file and no network.

use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// The white margin around the code, in modules. The standard asks for
/// four; the cell's own padding and white paper make up the rest, and two
/// keep the modules larger on a small printed square.
const QUIET_ZONE: i32 = 2;

/// A QR code of `text`, drawn as one SVG path: each run of dark modules is
/// a stroke one module wide, so that a code of 50 characters costs a few
/// hundred bytes of the page. The accessible name says what it holds. None
/// when `text` is too long for a QR code (about 2,900 bytes).
pub fn qr_code(text: &str, label: String, class: &'static str) -> Option<impl IntoView> {
    // The lowest correction level that fits, raised while the size stays:
    // the smallest code, so the largest modules on paper.
    let code = Code::encode_text(text, QrCodeEcc::Low).ok()?;
    let (size, path) = qr_path(&code);
    let view_box = format!("0 0 {size} {size}");
    Some(view! {
        <svg class=class viewBox=view_box role="img" aria-label=label>
            <path d=path stroke="#000" shape-rendering="crispEdges"/>
        </svg>
    })
}

/// The side of the drawing in modules, quiet zone included, and its path:
/// for each row, `M x y.5` at its first dark run, then `h n` for a run and
/// `m gap 0` to the next one.
fn qr_path(code: &Code) -> (i32, String) {
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        // Where the pen is on this row, once it is on it.
        let mut pen: Option<i32> = None;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            match pen {
                None => path.push_str(&format!("M{} {}.5", start + QUIET_ZONE, y + QUIET_ZONE)),
                Some(at) => path.push_str(&format!("m{} 0", start - at)),
            }
            path.push_str(&format!("h{}", x - start));
            pen = Some(x);
        }
    }
    (size + 2 * QUIET_ZONE, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules the path draws, read back as a browser would stroke it.
    fn drawn(path: &str, side: i32) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; side as usize]; side as usize];
        let (mut x, mut y) = (0.0f64, 0.0f64);
        let mut rest = path;
        while !rest.is_empty() {
            let command = rest.chars().next().unwrap_or_default();
            let end = rest[1..]
                .find(['M', 'm', 'h'])
                .map_or(rest.len(), |i| i + 1);
            let numbers: Vec<f64> = rest[1..end]
                .split(' ')
                .map(|n| n.parse().expect("a number"))
                .collect();
            match (command, numbers.as_slice()) {
                ('M', [nx, ny]) => (x, y) = (*nx, *ny),
                ('m', [dx, dy]) => (x, y) = (x + dx, y + dy),
                ('h', [n]) => {
                    for i in 0..*n as usize {
                        grid[(y - 0.5) as usize][x as usize + i] = true;
                    }
                    x += n;
                }
                other => panic!("unexpected {other:?}"),
            }
            rest = &rest[end..];
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_codes_dark_modules_inside_a_quiet_zone() {
        let text = "https://camille.github.io/portfolio/?r=vlan-pfsense";
        let code = Code::encode_text(text, QrCodeEcc::Low).expect("fits");
        let (side, path) = qr_path(&code);
        assert_eq!(side, code.size() + 4);
        let grid = drawn(&path, side);
        for y in 0..side {
            for x in 0..side {
                let dark = code.get_module(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(grid[y as usize][x as usize], dark, "module ({x}, {y})");
            }
        }
        // A short address: version 3 (29 modules), the largest modules.
        assert_eq!(code.size(), 29);
        assert!(path.len() < 2_000, "{} bytes", path.len());
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        let long = "a".repeat(3_000);
        assert!(qr_code(&long, String::new(), "qr").is_none());
    }
}
