// Fallback static server for the benchmark (scripts/bench.sh --server node):
// serves DIR under a sub-path with gzip, like GitHub Pages, using only Node
// built-ins. The default server of the benchmark is `cyberfolio preview`.
//
// Usage: node bench/serve.mjs DIR [--base /cyberfolio/] [--port 8080]
//
// Like GitHub Pages: `/base` redirects to `/base/`, a directory serves its
// index.html, a missing file serves DIR/404.html (or a plain page) with
// status 404, text-like files and wasm are gzipped when the client accepts
// it, and every response carries `Cache-Control: max-age=600`. Prints its
// URL on stdout once it listens on 127.0.0.1.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
  ".sh": "application/x-sh",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm|xml|manifest\+json|x-sh)|image\/svg\+xml)/;

function parseArgs(argv) {
  const opts = { dir: null, base: "/cyberfolio/", port: 8080 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--base") opts.base = argv[++i];
    else if (a === "--port") opts.port = Number(argv[++i]);
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!opts.dir) throw new Error("usage: node bench/serve.mjs DIR [--base /cyberfolio/] [--port N]");
  if (!opts.base.startsWith("/")) opts.base = "/" + opts.base;
  if (!opts.base.endsWith("/")) opts.base += "/";
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const root = resolve(opts.dir);
const cache = new Map(); // path -> { body, gz }

async function fileFor(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(opts.base.length));
  } catch {
    return null;
  }
  const full = resolve(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) {
      if (!urlPath.endsWith("/")) return { redirect: urlPath + "/" };
      const index = join(full, "index.html");
      await stat(index);
      return { path: index };
    }
    return { path: full };
  } catch {
    return null;
  }
}

async function load(path) {
  let entry = cache.get(path);
  if (!entry) {
    const body = await readFile(path);
    entry = { body, gz: null };
    cache.set(path, entry);
  }
  return entry;
}

function send(req, res, status, path, entry) {
  const type = TYPES[extname(path).toLowerCase()] || "application/octet-stream";
  const headers = { "Content-Type": type, "Cache-Control": "max-age=600", Vary: "Accept-Encoding" };
  let body = entry.body;
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    entry.gz ??= gzipSync(entry.body, { level: 6 });
    body = entry.gz;
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname + "/" === opts.base) {
      res.writeHead(301, { Location: opts.base + url.search }).end();
      return;
    }
    const found = url.pathname.startsWith(opts.base) ? await fileFor(url.pathname) : null;
    if (found?.redirect) {
      res.writeHead(301, { Location: found.redirect + url.search }).end();
      return;
    }
    if (found) {
      send(req, res, 200, found.path, await load(found.path));
      return;
    }
    const notFound = join(root, "404.html");
    try {
      send(req, res, 404, notFound, await load(notFound));
    } catch {
      const body = Buffer.from("<!doctype html><title>404</title><p>Not found</p>");
      send(req, res, 404, "404.html", { body, gz: null });
    }
  } catch (e) {
    res.writeHead(500, { "Content-Type": "text/plain" }).end(String(e));
  }
});

server.listen(opts.port, "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`Serving ${root} at http://127.0.0.1:${port}${opts.base}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
