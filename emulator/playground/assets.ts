import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** The page's own files, bundled once at start so the playground needs no build step of its own. */
export async function loadAssets() {
  const [pageJs, shimJs] = await Promise.all([bundle("client/page.ts"), bundle("client/script-run-shim.ts")]);
  return {
    pageHtml: readFileSync(here("page.html"), "utf8"),
    pageCss: ["page.css", "grid.css", "drive.css"].map((file) => readFileSync(here(file), "utf8")).join("\n"),
    pageJs,
    shimJs,
  };
}

export type Assets = Awaited<ReturnType<typeof loadAssets>>;

/**
 * The built sidebar with google.script.run put first in <head>, so it exists
 * before any of the sidebar's own scripts run.
 */
export function sidebarWithShim(sidebarHtml: string, shimJs: string, functions: readonly string[]): string {
  const shim = `<script>window.__playgroundFunctions=${JSON.stringify(functions).replace(/</g, "\\u003c")};</script><script>${shimJs.replace(/<\/script/gi, "<\\/script")}</script>`;
  return sidebarHtml.replace(/<head[^>]*>/i, (head) => head + shim);
}
