/**
 * npm run build: writes build/Code.js (server IIFE + global stubs),
 * build/Sidebar.html (JS and CSS inlined: Apps Script serves one file) and
 * build/appsscript.json.
 */
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { globalStubs, NAMESPACE } from "./global-stubs";

const out = "build";
mkdirSync(out, { recursive: true });

async function bundle(entry: string, options: { globalName?: string; browser?: boolean }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName: options.globalName,
    target: "es2020",
    minify: true,
    legalComments: "none",
    platform: options.browser ? "browser" : "neutral",
    mainFields: ["module", "main"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: out,
    logLevel: "warning",
  });
  const file = (extension: string) => result.outputFiles.find((output) => output.path.endsWith(extension))?.text ?? "";
  return { js: file(".js"), css: file(".css") };
}

async function buildServer() {
  const server = await bundle("src/server/index.ts", { globalName: NAMESPACE });
  const entryPoints = (await import("../src/server/index")) as Record<string, unknown>;
  const code = `${server.js}\n${globalStubs(entryPoints)}\n`;
  // The build's identity (src/platform/build-id.ts): the same sources always give the same ID, any change a new one.
  const id = createHash("sha256").update(code).digest("hex").slice(0, 16);
  writeFileSync(`${out}/Code.js`, code.replaceAll("@@build-id@@", id));
}

/** A literal "</script" inside inlined JS would end the script element early. */
const inlineSafe = (js: string) => js.replace(/<\/script/gi, "<\\/script");

async function buildSidebar() {
  const sidebar = await bundle("sidebar/main.tsx", { browser: true });
  const page = readFileSync("sidebar/index.html", "utf8")
    .replace("<!-- inline:css -->", () => `<style>${sidebar.css}</style>`)
    .replace("<!-- inline:js -->", () => `<script>${inlineSafe(sidebar.js)}</script>`);
  writeFileSync(`${out}/Sidebar.html`, page);
}

await Promise.all([buildServer(), buildSidebar()]);
copyFileSync("appsscript.json", `${out}/appsscript.json`);
