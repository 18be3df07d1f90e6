import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startPlayground } from "../../emulator/playground/playground";
import { CHROMIUM } from "../e2e/harness";
import { createPlan, enterRows, exportDraft, fixConsent, fixTypo, openTab, refresh, validate } from "../e2e/journey-steps";
import { playgroundApi } from "../e2e/playground-api";
import { round } from "./measure";

/**
 * Sidebar.html's size and the server round trips of the newcomer's journey
 * (the browser test's steps, run bare in headless Chromium): open the
 * sidebar, set up the plan, refresh after typing rows, validate, go to a
 * finding's cell, open a stage, validate clean, export. Counted at the
 * playground's /api/run, i.e. every google.script.run call the sidebar made.
 * Fewer is better; the target is one per user action.
 */
export async function sidebarJourneyFigures(): Promise<Record<string, unknown>[]> {
  const workdir = mkdtempSync(join(tmpdir(), "sidebar-bench-"));
  const playground = await startPlayground({ port: 0, stateFile: join(workdir, "workbook.json"), reset: true });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(playground.url);
    const journey = { page, sidebar: page.frameLocator("#sidebar-frame"), api: playgroundApi(page.request, playground.url) };
    // Each user action of the journey; typing rows into the grid and switching tabs are not sidebar calls.
    const actions: (() => Promise<unknown>)[] = [
      () => journey.sidebar.getByRole("heading", { name: "New plan" }).waitFor(),
      () => createPlan(journey),
      () => enterRows(journey).then(() => refresh(journey)),
      () => validate(journey),
      () => fixTypo(journey),
      () => fixConsent(journey),
      () => validate(journey),
      () => openTab(journey, "Export").then(() => exportDraft(journey, 1)),
    ];
    for (const action of actions) await action();
    const { total, byFunction } = await journey.api.calls();
    const userActions = actions.length;
    return [
      {
        "Sidebar.html KB": round(statSync("build/Sidebar.html").size / 1024),
        "journey round trips": total,
        "user actions": userActions,
        "round trips per action": round(total / userActions, 2),
        "by function": Object.entries(byFunction)
          .map(([fn, count]) => `${fn}×${count}`)
          .join(" "),
      },
    ];
  } finally {
    await browser.close();
    await playground.close();
    rmSync(workdir, { recursive: true, force: true });
  }
}
