//! `cyberfolio preview`: serves a built site the way GitHub Pages does,
//! compressed and under the repository's sub-path, so that what works here
//! works once published. The end-to-end tests and the benchmark use it.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// Normalises a base path to `/name/` form (`/` for the root), as
/// `cyberfolio build --base` does.
pub use cyberfolio_build::site::base_path as normalise_base;

/// The router: `dist` under `base`, gzip when the browser accepts it,
/// `/base` redirected to `/base/` and everything else a 404, like Pages.
pub fn router(dist: &Path, base: &str) -> Router {
    let base = normalise_base(base);
    let files = ServeDir::new(dist).append_index_html_on_directories(true);
    let app = if base == "/" {
        Router::new().fallback_service(files)
    } else {
        let bare = base.trim_end_matches('/').to_string();
        Router::new()
            .nest_service(&base, files)
            .fallback(move |uri: Uri| {
                let bare = bare.clone();
                async move {
                    if uri.path() == bare {
                        Redirect::permanent(&format!("{bare}/")).into_response()
                    } else {
                        not_found(uri).await
                    }
                }
            })
    };
    app.layer(CompressionLayer::new())
}

async fn not_found(uri: Uri) -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "404 : {} n'existe pas sur ce serveur de prévisualisation",
            uri.path()
        ),
    )
        .into_response()
}

/// Binds `addr` and serves until Ctrl+C; returns the exit code.
pub fn run(dist: &Path, base: &str, addr: SocketAddr) -> u8 {
    if !dist.join("index.html").is_file() {
        eprintln!(
            "{}: pas de index.html ici : construisez d'abord le site (cyberfolio build --base {})",
            dist.display(),
            normalise_base(base)
        );
        return crate::EXIT_IO;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("impossible de démarrer le serveur : {e}");
            return crate::EXIT_IO;
        }
    };
    let dist: PathBuf = dist.to_path_buf();
    let base = normalise_base(base);
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(e) => {
                eprintln!("impossible d'écouter sur {addr} : {e}");
                return crate::EXIT_IO;
            }
        };
        let local = listener.local_addr().unwrap_or(addr);
        // The URL alone on stdout, for scripts; the rest on stderr. A closed
        // pipe must not stop the server.
        let _ = writeln!(std::io::stdout(), "http://{local}{base}");
        eprintln!(
            "Prévisualisation de {} (Ctrl+C pour arrêter)",
            dist.display()
        );
        let app = router(&dist, &base);
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        match axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            Ok(()) => crate::EXIT_OK,
            Err(e) => {
                eprintln!("le serveur s'est arrêté : {e}");
                crate::EXIT_IO
            }
        }
    })
}
