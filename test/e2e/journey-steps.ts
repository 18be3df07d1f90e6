import { SAMPLE_TABLE } from "../../emulator/playground/bigquery-tables";
import type { FrameLocator, Page } from "playwright-core";
import type { PlaygroundApi } from "./playground-api";
import { CONSENT_FIX, FIXED, journeySheets } from "./journey-data";

/**
 * The newcomer's journey as steps, each one user action in the sidebar or
 * the grid. The browser test runs them with assertions and screenshots in
 * between; the benchmark runs them bare and counts the round trips.
 */
export interface Journey {
  page: Page;
  sidebar: FrameLocator;
  api: PlaygroundApi;
}

export async function createPlan({ sidebar }: Journey): Promise<void> {
  await sidebar.getByLabel("Initiative").fill("PLG Onboarding");
  for (const channel of ["web", "in-app", "email"]) await sidebar.getByRole("checkbox", { name: channel, exact: true }).check();
  await sidebar.getByLabel("Personalization Architect").fill("ana@example.com");
  await sidebar.getByLabel("Data Privacy Lead").fill("priya@example.com");
  await sidebar.getByLabel("Exec sponsor").fill("sam@example.com");
  await sidebar.getByRole("button", { name: "Set up sheets" }).click();
  await sidebar.getByRole("tab", { name: "Plan" }).waitFor();
}

/** Rows typed into the stage sheets (pasted through the grid's edit API), mistakes included. */
export async function enterRows({ api }: Journey): Promise<void> {
  for (const [sheet, rows] of Object.entries(journeySheets())) await api.paste(sheet, rows);
}

/** Waits until the sidebar has made `count` more round trips than `before`, and the page is idle again. */
export async function settle({ sidebar, api }: Journey, before: number, count = 1): Promise<void> {
  for (let tries = 0; (await api.calls()).total < before + count; tries++) {
    if (tries > 200) throw new Error("The sidebar made no server call.");
    await new Promise((done) => setTimeout(done, 25));
  }
  await sidebar.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
}

export async function refresh(journey: Journey): Promise<void> {
  const before = (await journey.api.calls()).total;
  await journey.sidebar.getByRole("button", { name: "Refresh" }).click();
  await settle(journey, before);
}

/** Clicks Validate and waits for this run's outcome banner; returns its text. */
export async function validate({ sidebar }: Journey): Promise<string> {
  const outcome = sidebar.locator("[data-validation]");
  const runs = (await outcome.count()) === 0 ? 0 : Number(await outcome.getAttribute("data-validation"));
  await sidebar.getByRole("button", { name: "Validate", exact: true }).click();
  await sidebar.locator(`[data-validation="${runs + 1}"]`).waitFor();
  return (await outcome.textContent()) ?? "";
}

export const findingButton = (sidebar: FrameLocator, code: string) => sidebar.locator("button.finding").filter({ hasText: code }).first();

/** Replaces the grid's selected cell by typing, as a person does: the first key opens the editor. */
export async function typeIntoSelectedCell(page: Page, text: string): Promise<void> {
  await page.locator("#grid").focus();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Fixes the typo from its finding: the finding selects the cell, the person retypes it. */
export async function fixTypo(journey: Journey): Promise<void> {
  await findingButton(journey.sidebar, "UNKNOWN_ATTRIBUTE").click();
  await journey.sidebar.getByText(/^Selected [A-Z]+\d+ in 3 Profiles$/).waitFor();
  await typeIntoSelectedCell(journey.page, FIXED);
}

/** Fixes the consent gap where the message says: 2 Attributes row 5, opened from the stepper. */
export async function fixConsent(journey: Journey): Promise<void> {
  await journey.sidebar.locator(".step", { hasText: "Attributes" }).click();
  await journey.page.locator('#tabs button[aria-pressed="true"]', { hasText: "2 Attributes" }).waitFor();
  const column = (await journey.api.headers("2 Attributes")).indexOf("Consent purposes") + 1;
  await journey.page.locator(`#grid td[data-row="5"][data-col="${column}"]`).click();
  await typeIntoSelectedCell(journey.page, CONSENT_FIX);
}

export async function openTab({ sidebar }: Journey, name: string): Promise<void> {
  await sidebar.getByRole("tab", { name }).click();
}

/** Exports a draft and waits for the banner naming the version it expects. */
export async function exportDraft({ sidebar }: Journey, version: number): Promise<void> {
  await sidebar.getByRole("button", { name: "Export draft" }).click();
  await sidebar.getByText(`Exported v${version} draft`, { exact: true }).waitFor();
}

/** Types the playground's sample BigQuery table into the Plan's warehouse fields, as a person fills in the Plan sheet. */
export async function pointPlanAtWarehouse({ api }: Journey): Promise<void> {
  const fields = { Warehouse: "bigquery", "Warehouse table": SAMPLE_TABLE, "Person ID column": "person_id" };
  const labels = await api.headers("Plan");
  const fieldColumn = labels.indexOf("Field") + 1;
  const { cells } = await api.sheet("Plan");
  for (const [field, value] of Object.entries(fields)) {
    const row = cells.find(([, col, cell]) => col === fieldColumn && cell.v === field)?.[0];
    if (row === undefined) throw new Error(`The Plan sheet has no ${field} row`);
    await api.type("Plan", "Value", row, value);
  }
}

/** Runs Estimate on warehouse from the Audiences tab and waits for its counts. */
export async function estimateOnWarehouse({ sidebar }: Journey): Promise<void> {
  await sidebar.getByRole("button", { name: "Estimate on warehouse" }).click();
  await sidebar.getByRole("table", { name: "Audiences" }).waitFor();
}
