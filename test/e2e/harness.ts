import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from "playwright-core";
import { startPlayground, type Playground } from "../../emulator/playground/playground";

/** Debian's Chromium, headless, with nothing that reaches the network. */
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export const ARTIFACTS = "test-artifacts/e2e";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Session {
  browser: Browser;
  page: Page;
  playground: Playground;
  /** Dialogs (alert, confirm) the page opened: there should be none from user text. */
  dialogs: string[];
  shot(name: string): Promise<void>;
  sidebar(): FrameLocator;
  sidebarFrame(): Frame;
  close(): Promise<void>;
}

/** One playground on a fresh workbook and one browser page on it, as a newcomer starts. */
export async function openSession(viewport = { width: 1280, height: 900 }): Promise<Session> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const workdir = mkdtempSync(join(tmpdir(), "playground-e2e-"));
  const playground = await startPlayground({ port: 0, stateFile: join(workdir, "workbook.json"), reset: true });
  const browser = await chromium.launch(CHROMIUM);
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(playground.url);
  return {
    browser,
    page,
    playground,
    dialogs,
    shot: async (name) => void (await page.screenshot({ path: `${ARTIFACTS}/${name}.png` })),
    sidebar: () => page.frameLocator("#sidebar-frame"),
    sidebarFrame: () => page.frames().find((frame) => frame.url().endsWith("/sidebar"))!,
    close: async () => {
      await browser.close();
      await playground.close();
      rmSync(workdir, { recursive: true, force: true });
    },
  };
}

/** axe-core on the sidebar's document: the serious and critical violations, as "rule: help" lines. */
export async function seriousAxeViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => "axe" in window))) await frame.addScriptTag({ path: axePath });
  const violations = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
