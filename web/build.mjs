// Builds the map page into the Python package (src/eventledger/web/static/), so that pip users need no Node.
// The output is committed; `make web` reruns this after `npm ci`.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { writeBasemap } from "./basemap-build.mjs";

const out = new URL("../src/eventledger/web/static/", import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: "src/main.js" },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outdir: out,
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "[name]-[hash]",
  legalComments: "linked",
  logLevel: "info",
});
copyFileSync("src/index.html", out + "index.html");
// The basemap: Natural Earth 1:50m countries (public domain), projected here (basemap-build.mjs says how).
writeBasemap("node_modules/world-atlas/countries-50m.json", out + "countries-50m.bin");
