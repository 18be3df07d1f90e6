import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession, seriousAxeViolations, type Session } from "./harness";
import { sampleRows } from "./journey-data";
import {
  createPlan,
  enterRows,
  estimateOnWarehouse,
  exportDraft,
  fixConsent,
  fixTypo,
  openTab,
  pointPlanAtWarehouse,
  validate,
  type Journey,
} from "./journey-steps";
import { playgroundApi } from "./playground-api";

/**
 * A newcomer's whole workflow from the sidebar, in headless Chromium: the
 * tests run in order on one page, like one person working through a plan.
 * Each user action costs one server round trip. Set up, Validate, Export
 * and Import reply with the status they left; other actions that may change
 * it (Approve, Reminders) are followed by one refreshStatus, the cheap
 * status check the sidebar also makes when it regains focus.
 */
let session: Session;
let journey: Journey;

/** Round trips for actions, not counting the status refreshes that follow them. */
const calls = async () => {
  const { total, byFunction } = await journey.api.calls();
  return total - (byFunction.refreshStatus ?? 0);
};
const refreshes = async () => (await journey.api.calls()).byFunction.refreshStatus ?? 0;
const activeTab = () => session.page.locator('#tabs button[aria-pressed="true"]').textContent();
const activeCell = () => session.page.locator("#grid td.active-cell").getAttribute("data-a1");
const noSeriousViolations = async () => expect(await seriousAxeViolations(session.sidebarFrame())).toEqual([]);

beforeAll(async () => {
  session = await openSession();
  journey = { page: session.page, sidebar: session.sidebar(), api: playgroundApi(session.page.request, session.playground.url) };
  await journey.sidebar.getByRole("heading", { name: "New plan" }).waitFor();
}, 30_000);

afterAll(async () => {
  await session?.close();
});

describe("a newcomer's workflow from the sidebar", () => {
  it("creates the plan from the New plan form, then enters rows with mistakes", async () => {
    await createPlan(journey);
    expect(await calls()).toBe(1); // setupSheets
    await expect.poll(refreshes).toBeGreaterThanOrEqual(1); // on load (and on focus); Set up's reply carries the status
    await enterRows(journey);
    // Back from the grid to the sidebar: it refreshes on focus, no Refresh needed.
    const before = await refreshes();
    await session.page.locator("#grid").focus();
    await journey.sidebar.getByRole("tab", { name: "Plan" }).click();
    await expect.poll(() => journey.sidebar.getByRole("button", { name: /Profiles/ }).textContent()).toContain("3 rows");
    expect(await refreshes()).toBe(before + 1);
    expect(await journey.sidebar.getByRole("button", { name: /Activation/ }).textContent()).toContain("4 rows");
    await session.shot("20-workspace-rows-entered");
    await noSeriousViolations();
  });

  it("validates with the keyboard alone, and Enter on a finding selects its cell in the grid", async () => {
    const frame = session.sidebarFrame();
    await journey.sidebar.getByRole("tab", { name: "Plan" }).focus();
    let presses = 0;
    while ((await frame.evaluate(() => document.activeElement?.textContent?.trim())) !== "Validate") {
      await session.page.keyboard.press("Tab");
      expect(++presses).toBeLessThan(20);
    }
    const before = await calls();
    await session.page.keyboard.press("Enter");
    await journey.sidebar.locator('[data-validation="1"]').waitFor();
    expect(await calls()).toBe(before + 1);
    // Focus lands on the outcome, and the next Tab stop is the first finding: an error.
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toContain("3 errors");
    await session.page.keyboard.press("Tab");
    expect(await frame.evaluate(() => document.activeElement?.className)).toContain("finding--error");
    await journey.sidebar.locator(".finding-groups").scrollIntoViewIfNeeded();
    await session.shot("21-validated-findings");
    await noSeriousViolations();

    await session.page.keyboard.press("Enter");
    await expect.poll(activeTab).toBe("3 Profiles");
    expect(await activeCell()).toBe("E2");
    expect(await journey.sidebar.getByText("Selected E2 in 3 Profiles").count()).toBe(1);
    expect(await calls()).toBe(before + 2);
  });

  it("shows findings by sheet, errors first, with the expression and its caret in monospace", async () => {
    const profiles = journey.sidebar.getByRole("region", { name: "Findings on 3 Profiles" });
    expect(await profiles.locator(".severity-title").first().textContent()).toBe("Errors (1)");
    const caret = await journey.sidebar.locator(".finding-item", { hasText: "UNKNOWN_ATTRIBUTE" }).locator("pre").textContent();
    expect(caret).toMatch(/days_since\(signup_dat\)[^\n]*\n {29}\^$/);
    expect(await journey.sidebar.locator(".step", { hasText: "Profiles" }).textContent()).toContain("1 error");
    expect(await journey.sidebar.locator(".step", { hasText: "Activation" }).textContent()).toContain("2 errors");
    for (const label of ["Attribute coverage", "Consent integrity", "Activation readiness"])
      expect(await journey.sidebar.locator(".metric", { hasText: label }).count()).toBe(1);
    expect(await journey.sidebar.getByText(/activation rate: 22 → 30/).count()).toBe(1);
    // The grid carries the finding too: a note and a colour on the cell.
    const cell = session.page.locator('#grid td[data-a1="E2"]');
    expect(await cell.getAttribute("title")).toContain("signup_dat");
    expect(await cell.getAttribute("style")).toContain("background-color");
  });

  it("fixes both mistakes in the grid and validates clean", async () => {
    await fixTypo(journey);
    await expect.poll(() => session.page.locator('#grid td[data-a1="E2"]').textContent()).toContain("signup_date");
    await fixConsent(journey);
    const outcome = await validate(journey);
    expect(outcome).toContain("No errors");
    expect(await journey.sidebar.locator(".finding--error").count()).toBe(0);
    await session.page.locator("#tabs button", { hasText: "3 Profiles" }).click();
    await expect.poll(() => session.page.locator('#grid td[data-a1="E2"]').getAttribute("title")).toBeNull();
    await session.shot("22-validated-clean");
  });

  it("exports a draft to Drive: the file is listed in the Drive panel and matches the plan schema", async () => {
    await openTab(journey, "Export");
    expect(await journey.sidebar.getByText("Not exported yet.").count()).toBe(1);
    const before = await calls();
    const refreshed = await refreshes();
    await exportDraft(journey, 1);
    expect(await calls()).toBe(before + 1);
    // The export's reply carries the status it left: no refreshStatus after it.
    expect(await journey.sidebar.getByText("No changes since the last export.").count()).toBe(1);
    expect(await refreshes()).toBe(refreshed);
    expect(await journey.sidebar.getByText(/^First version/).count()).toBe(1);
    expect(await journey.sidebar.getByRole("link", { name: /plan-plg-onboarding-.*\.json/ }).count()).toBe(1);

    await session.page.getByRole("button", { name: /^Drive/ }).click();
    const planFile = session.page.locator(".drive-name", { hasText: /^plan-.*\.json$/ });
    await planFile.click();
    const shown = await session.page.locator(".drive-content").textContent();
    const plan = JSON.parse(shown ?? "") as { version: number; status: string };
    expect(plan).toMatchObject({ version: 1, status: "draft" });
    expect(await session.page.locator(".drive-file").filter({ hasText: "application/json" }).count()).toBe(1);
    // ajv-formats is not a dependency: "date" is checked by its pattern here, as the schema means it.
    const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
    const valid = ajv.validate(JSON.parse(readFileSync("schema/plan.schema.json", "utf8")), plan);
    expect(ajv.errorsText()).toBe("No errors");
    expect(valid).toBe(true);
    await session.shot("23-exported-drive-panel");

    // The profile document is HTML shown in a frame that runs nothing.
    await session.page.locator(".drive-name", { hasText: /^Profiles/ }).click();
    expect(await session.page.locator("iframe.drive-doc").getAttribute("sandbox")).toBe("");
    await session.page.getByRole("button", { name: /^Drive/ }).click();
    await noSeriousViolations();
  });

  it("refuses to finalize and lists what blocks it", async () => {
    await journey.sidebar.getByRole("button", { name: "Finalize" }).click();
    const refusal = journey.sidebar.getByRole("alert").filter({ hasText: "Finalize is blocked" });
    await refusal.waitFor();
    const blockers = await refusal.locator("li").allTextContents();
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers.join("\n")).toMatch(/approv/i);
    expect(blockers.every((line) => !line.startsWith("•"))).toBe(true);
    await session.shot("24-finalize-blocked");
    await noSeriousViolations();
  });

  it("marks a breaking change first in the next export's summary", async () => {
    // The privacy lead withdraws email consent for plan, which new-free-users uses on email.
    await journey.api.type("2 Attributes", "Consent purposes", 2, "personalization");
    // The Export tab is current as soon as the person comes back to the sidebar.
    await session.page.locator("#grid").focus();
    await openTab(journey, "Export");
    await expect
      .poll(() => journey.sidebar.locator(".changed-note").textContent())
      .toBe("Changed since the last export: 1 edit in 2 Attributes.");
    await session.shot("25a-changed-since-export");
    await exportDraft(journey, 2);
    const changes = journey.sidebar.locator(".change");
    expect(await changes.first().textContent()).toMatch(/^Breaking/);
    // Column labels and plain values, never JSON keys or JSON.
    expect(await changes.first().textContent()).toContain("Consent purposes: personalization, email_marketing → personalization");
    for (const text of await changes.allTextContents()) expect(text).not.toMatch(/[[\]{}"]|consentPurposes/);
    await changes.first().scrollIntoViewIfNeeded();
    await session.shot("25-breaking-change");
  });

  it("previews audiences: creates Sample data, then counts pasted people per profile and channel", async () => {
    await openTab(journey, "Audiences");
    await journey.sidebar.getByRole("button", { name: "Preview audiences" }).click();
    await journey.sidebar.getByText(/Sample data sheet was created/).waitFor();
    await expect.poll(() => session.page.locator("#tabs button").allTextContents()).toContain("Sample data");
    await journey.api.paste("Sample data", sampleRows());
    const before = await calls();
    await journey.sidebar.getByRole("button", { name: "Preview audiences" }).click();
    await journey.sidebar.getByText("Based on all 9 sample rows.").waitFor();
    expect(await calls()).toBe(before + 1);

    const counts = journey.sidebar.getByRole("table", { name: "Audience size per profile" });
    expect(await counts.getByRole("row", { name: /growing-teams/ }).textContent()).toMatch(/growing-teams.*3$/);
    const web = journey.sidebar.getByRole("region", { name: "Decision tree for web" });
    expect(await web.locator(".branch--shadowed").textContent()).toContain("big-pro-teams");
    const heatmap = journey.sidebar.locator("table.heatmap");
    expect(await heatmap.locator("caption").textContent()).toContain("People in both profiles");
    const overlapRow = heatmap.getByRole("row", { name: /big-pro-teams/ });
    expect(await overlapRow.locator("td.heat").allTextContents()).toContain("2");
    await session.shot("26-audiences-preview");
    await heatmap.scrollIntoViewIfNeeded();
    await session.shot("26b-decision-trees-heatmap");
    await noSeriousViolations();
  });

  it("shows the SQL of a profile picked from the list, per dialect, and copies it", async () => {
    const profile = journey.sidebar.getByRole("combobox", { name: "Profile" });
    await journey.sidebar.getByRole("button", { name: "Show SQL" }).click();
    // Nothing chosen: the field says so itself, and keeps the focus.
    await journey.sidebar.getByText("Choose a profile from the list first.").waitFor();
    expect(await profile.getAttribute("aria-invalid")).toBe("true");
    expect(await profile.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await profile.locator("option").allTextContents()).toEqual([
      "Choose a profile",
      "new-free-users",
      "growing-teams",
      "big-pro-teams",
    ]);
    await profile.selectOption("growing-teams");
    expect(await profile.getAttribute("aria-invalid")).toBeNull();
    await journey.sidebar.getByRole("button", { name: "Show SQL" }).click();
    const sql = journey.sidebar.locator(".code-block");
    await sql.waitFor();
    expect(await sql.textContent()).toContain("`seats_used`");
    const before = await calls();
    await journey.sidebar.getByRole("radio", { name: "Snowflake" }).check();
    expect(await sql.textContent()).toContain('"seats_used"');
    expect(await calls()).toBe(before);
    await journey.sidebar.getByRole("button", { name: "Copy SQL" }).click();
    await journey.sidebar.getByText("Copied", { exact: true }).waitFor();
    await session.shot("27-profile-sql");
    await noSeriousViolations();
  });

  it("says where the attribute selected on 2 Attributes is used, or one chosen from the list", async () => {
    await openTab(journey, "Where used");
    await session.page.locator("#tabs button", { hasText: "2 Attributes" }).click();
    await session.page.locator('#grid td[data-a1="A5"]').click();
    await expect.poll(activeCell).toBe("A5");
    await journey.sidebar.getByRole("button", { name: "Where is the selected attribute used?" }).click();
    const result = journey.sidebar.getByRole("heading", { name: /^seats_used/ });
    await result.waitFor();
    const profiles = journey.sidebar.getByRole("region", { name: "Profiles", exact: true });
    expect(await profiles.textContent()).toMatch(/growing-teams.*in eligibility, score/);
    expect(await journey.sidebar.getByRole("region", { name: "Activations", exact: true }).textContent()).toContain("big-pro-teams → web");

    // A lookup with nothing selected clears that answer and offers the list instead.
    await session.page.locator("#tabs button", { hasText: "1 Objectives" }).click();
    await journey.sidebar.getByRole("button", { name: "Where is the selected attribute used?" }).click();
    await journey.sidebar.getByRole("alert").filter({ hasText: "choose it from the Attribute list" }).waitFor();
    expect(await result.count()).toBe(0);
    const list = journey.sidebar.getByRole("combobox", { name: "Or choose an attribute" });
    expect(await list.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await list.locator("option").allTextContents()).toContain("plan");
    await list.selectOption("plan");
    await journey.sidebar.getByRole("button", { name: "Show", exact: true }).click();
    await journey.sidebar.getByRole("heading", { name: /^plan/ }).waitFor();
    expect(await journey.sidebar.getByRole("alert").filter({ hasText: "Nothing to show" }).count()).toBe(0);
    await session.shot("28-where-used");
    await noSeriousViolations();
  });

  it("turns governance reminders on, or says plainly why not", async () => {
    await openTab(journey, "Export");
    const toggle = journey.sidebar.getByRole("switch", { name: "Weekly reminders" });
    expect(await toggle.getAttribute("aria-checked")).toBe("false");
    const before = await calls();
    await toggle.click();
    await expect.poll(calls).toBe(before + 1);
    await expect
      .poll(
        async () =>
          (await toggle.getAttribute("aria-checked")) === "true" ||
          (await journey.sidebar.getByText("Reminders were not turned on").count()) === 1,
      )
      .toBe(true);
    await session.shot("29-reminders");
  });

  it("imports a plan: a broken file changes nothing and lists why, the exported one restores the sheets", async () => {
    const field = journey.sidebar.getByLabel("Plan file text");
    await field.fill('{"schemaVersion": 99}');
    await journey.sidebar.getByRole("button", { name: "Import", exact: true }).click();
    const refusal = journey.sidebar.getByRole("alert").filter({ hasText: "not imported" });
    await refusal.waitFor();
    expect(await refusal.locator("li").count()).toBeGreaterThan(0);
    expect(await field.inputValue()).toBe('{"schemaVersion": 99}');
    await session.shot("30-import-refused");

    const exported = (await journey.api.drive()).find((file) => file.name.endsWith(".json"))!;
    // A paste: the whole text lands at once (fill would type 80 KB key by key through the frame).
    await field.evaluate((area: HTMLTextAreaElement, text: string) => {
      area.value = text;
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }, exported.content);
    await journey.sidebar.getByRole("button", { name: "Import", exact: true }).click();
    const done = journey.sidebar.getByRole("status").filter({ hasText: "Imported plg-onboarding-" });
    await done.waitFor();
    expect(await done.textContent()).toContain("3 Profiles: 3 rows");
    // The file is the plan as it stands: nothing changed, so nothing counts as an edit.
    await expect.poll(() => journey.sidebar.locator(".changed-note").textContent()).toBe("No changes since the last export.");
    await session.shot("31-imported");
    await noSeriousViolations();
    expect(session.dialogs).toEqual([]);
  });

  it("estimates the audiences on the playground's sample BigQuery table, with measured coverage beside the typed one", async () => {
    await pointPlanAtWarehouse(journey);
    await openTab(journey, "Audiences");
    const before = await calls();
    await estimateOnWarehouse(journey);
    expect(await calls()).toBe(before + 1);
    const card = journey.sidebar.getByRole("region", { name: "Estimate on warehouse" });
    expect(await card.getByText(/people in playground\.crm\.people/).textContent()).toMatch(/^1,000 people in playground\.crm\.people/);
    const audiences = journey.sidebar.getByRole("table", { name: "Audiences" });
    // Eligible, suppressed, members of the seeded 1,000 people (emulator/playground/bigquery-tables.ts).
    const counts = (profile: string) =>
      audiences
        .getByRole("row", { name: new RegExp(`^${profile}`) })
        .locator("td")
        .allTextContents();
    expect(await counts("new-free-users")).toEqual(["38", "2", "36"]);
    expect(await counts("growing-teams")).toEqual(["191", "24", "167"]);
    expect(await counts("big-pro-teams")).toEqual(["168", "16", "152"]);
    const coverage = journey.sidebar.getByRole("table", { name: "Coverage: measured and typed" });
    expect(await coverage.getByRole("row", { name: /seats_used/ }).textContent()).toMatch(/over by more than 5 points/);
    await card.scrollIntoViewIfNeeded();
    await session.shot("27b-warehouse-estimate");
    await noSeriousViolations();
  });
});
