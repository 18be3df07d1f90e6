import { mkdirSync } from "node:fs";
import { openSession } from "./harness";
import { sampleRows } from "./journey-data";
import {
  createPlan,
  enterRows,
  estimateOnWarehouse,
  exportDraft,
  openTab,
  pointPlanAtWarehouse,
  validate,
  type Journey,
} from "./journey-steps";
import { playgroundApi } from "./playground-api";

/**
 * `npm run screenshots`: the newcomer's journey in the playground at
 * 1440×900, with a picture of every sidebar tab and every sheet, for people
 * to look at (test/e2e/screenshots/, git-ignored). Nothing is asserted here;
 * the browser tests do that.
 */
const OUT = "test/e2e/screenshots";
mkdirSync(OUT, { recursive: true });
const session = await openSession({ width: 1440, height: 900 });
const journey: Journey = {
  page: session.page,
  sidebar: session.sidebar(),
  api: playgroundApi(session.page.request, session.playground.url),
};
const shot = async (name: string) => {
  await session.page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
};
try {
  await journey.sidebar.getByRole("heading", { name: "New plan" }).waitFor();
  await shot("00-new-plan");
  await createPlan(journey);
  await enterRows(journey);
  await validate(journey);
  await openTab(journey, "Audiences");
  await journey.sidebar.getByRole("button", { name: "Preview audiences" }).click();
  await journey.sidebar.getByText(/Sample data sheet was created/).waitFor();
  await journey.api.paste("Sample data", sampleRows());
  await journey.sidebar.getByRole("button", { name: "Preview audiences" }).click();
  await journey.sidebar.getByText(/Based on all \d+ sample rows/).waitFor();
  await openTab(journey, "Export");
  await exportDraft(journey, 1);
  await journey.sidebar.getByRole("button", { name: "Finalize" }).click();
  await journey.sidebar.getByRole("alert").filter({ hasText: "Finalize is blocked" }).waitFor();

  const tabs = ["Plan", "Export", "Audiences", "Where used"];
  for (const [index, name] of tabs.entries()) {
    await openTab(journey, name);
    // Each tab from its top, as a person first sees it.
    await session.sidebarFrame().evaluate(() => window.scrollTo(0, 0));
    await shot(`1${index}-sidebar-${name.toLowerCase().replace(/\s+/g, "-")}`);
  }
  const sheets = await session.page.locator("#tabs button").allTextContents();
  for (const [index, name] of sheets.entries()) {
    await session.page.locator("#tabs button", { hasText: name }).first().click();
    await session.page.locator('#tabs button[aria-pressed="true"]', { hasText: name }).waitFor();
    await shot(`2-${String(index).padStart(2, "0")}-sheet-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`);
  }
  await pointPlanAtWarehouse(journey);
  await openTab(journey, "Audiences");
  await estimateOnWarehouse(journey);
  await journey.sidebar.getByRole("region", { name: "Estimate on warehouse" }).scrollIntoViewIfNeeded();
  await shot("31-sidebar-warehouse-estimate");
  await session.page.getByRole("button", { name: /^Drive/ }).click();
  await session.page.locator(".drive-name", { hasText: /^Profiles/ }).click();
  // The Doc renders in its own frame: wait for its text, or the picture shows an empty box.
  await session.page.frameLocator("iframe.drive-doc").locator("body *").first().waitFor();
  await shot("30-drive-doc-preview");
} finally {
  await session.close();
}
