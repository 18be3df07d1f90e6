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

/**
 * Every control the frame shows that Tab never reaches, as "tag: name" lines.
 * It presses Tab from the frame's first control (through the page around it
 * and back) until each was focused. Arrow keys own the unselected tabs of a
 * tab list and the unchecked radios of a group, so those are not Tab stops.
 */
export async function unreachableByTab(page: Page, frame: Frame, presses = 400): Promise<string[]> {
  const names = await frame.evaluate(() => {
    // A closed <details> keeps its content laid out but unseen (content-visibility): only its summary counts.
    const folded = (element: Element) => element.closest("details:not([open])") !== null && element.tagName !== "SUMMARY";
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) && !folded(element) && !element.closest("[hidden], [inert]");
    const arrowOwned = (element: Element) =>
      (element.getAttribute("role") === "tab" && element.getAttribute("aria-selected") !== "true") ||
      (element instanceof HTMLInputElement &&
        element.type === "radio" &&
        !element.checked &&
        document.querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`) !== null);
    const controls = [
      ...document.querySelectorAll("button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])"),
    ].filter((element) => shown(element) && !(element as HTMLButtonElement).disabled && !arrowOwned(element));
    return controls.map((element, index) => {
      element.setAttribute("data-tab-check", String(index));
      const name = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "";
      return `${element.tagName.toLowerCase()}: ${name || (element as HTMLInputElement).name || element.id}`.slice(0, 80);
    });
  });
  const reached = new Set<number>();
  await frame.locator('[data-tab-check="0"]').focus();
  for (let press = 0; press < presses && reached.size < names.length; press++) {
    const index = await frame.evaluate(() => document.activeElement?.getAttribute("data-tab-check") ?? null);
    if (index !== null) reached.add(Number(index));
    await page.keyboard.press("Tab");
  }
  await frame.evaluate(() => {
    for (const element of document.querySelectorAll("[data-tab-check]")) element.removeAttribute("data-tab-check");
  });
  return names.filter((_, index) => !reached.has(index));
}

/** axe-core on the playground page itself (the grid, tabs and menu), the sidebar frame aside. */
export async function seriousPageViolations(page: Page): Promise<string[]> {
  return seriousAxeViolations(page.mainFrame());
}
