import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type Playground } from "../../emulator/playground/playground";
import { ARTIFACTS, CHROMIUM, seriousAxeViolations as axeOn } from "./harness";

/**
 * A newcomer's first session in the playground, in a real (headless)
 * Chromium: the tests run in order and share one page, like one person
 * clicking through. Screenshots of each step land in test-artifacts/.
 */
const XSS = "<img src=x onerror=alert(1)>";

let browser: Browser;
let page: Page;
let playground: Playground;
let workdir: string;
const dialogs: string[] = [];

const stateFile = () => join(workdir, "workbook.json");
const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
const sidebar = () => page.frameLocator("#sidebar-frame");
const sidebarFrame = (): Frame => page.frames().find((frame) => frame.url().endsWith("/sidebar"))!;
const tab = (name: string) => page.locator("#tabs").getByRole("button", { name, exact: true });
const cell = (a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);

const seriousAxeViolations = () => axeOn(sidebarFrame());

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  workdir = mkdtempSync(join(tmpdir(), "playground-e2e-"));
  playground = await startPlayground({ port: 0, stateFile: stateFile(), reset: true });
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(playground.url);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(workdir, { recursive: true, force: true });
});

describe("playground, first session", () => {
  it("shows the add-on menu's items and the sidebar's New plan form", async () => {
    await expect.poll(() => page.getByRole("button", { name: "Open sidebar" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Set up sheets" }).count()).toBe(1);
    await sidebar().getByRole("heading", { name: "New plan" }).waitFor();
    await shot("01-new-plan");
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it("marks a refused field on the field itself, keeping the ticked channels (keyboard only)", async () => {
    const form = sidebar();
    await form.getByLabel("Initiative").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // web
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // email
    await form.getByLabel("Data Privacy Lead").fill("li at example");
    await form.getByLabel("Initiative").focus();
    await page.keyboard.press("Enter");
    const initiative = form.getByLabel("Initiative");
    await expect.poll(() => initiative.getAttribute("aria-invalid")).toBe("true");
    // The reason is the field's description, read out with it; the focus is on the first refused field.
    const described = async (name: string) =>
      form
        .getByLabel(name)
        .evaluate((field) => document.getElementById(field.getAttribute("aria-describedby")!.split(" ")[0])?.textContent);
    expect(await described("Initiative")).toContain("Initiative is required");
    expect(await initiative.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await form.getByLabel("Data Privacy Lead").getAttribute("aria-invalid")).toBe("true");
    expect(await described("Data Privacy Lead")).toBe("Data Privacy Lead must be an email address such as ana@example.com.");
    expect(await form.getByLabel("Personalization Architect").getAttribute("aria-invalid")).toBeNull();
    expect(await form.getByRole("checkbox", { name: "web" }).isChecked()).toBe(true);
    expect(await form.getByRole("checkbox", { name: "email" }).isChecked()).toBe(true);
    expect(await form.getByRole("checkbox", { name: "ads" }).isChecked()).toBe(false);
    await shot("02-initiative-required");
    expect(await seriousAxeViolations()).toEqual([]);
    // Typing into a marked field takes its mark away.
    await form.getByLabel("Data Privacy Lead").fill("li@example.com");
    expect(await form.getByLabel("Data Privacy Lead").getAttribute("aria-invalid")).toBeNull();
  });

  it("sets up the sheets from the form, showing markup typed as the initiative as text", async () => {
    const form = sidebar();
    await form.getByLabel("Initiative").focus();
    await page.keyboard.type(XSS);
    await form.getByRole("radio", { name: /Pipeline/ }).check();
    await form.getByLabel("Personalization Architect").fill("ana@example.com");
    await form.getByLabel("Data Privacy Lead").fill("li@example.com");
    await form.getByLabel("Customer Data Engineer").fill("dev@example.com");
    await form.getByLabel("Initiative").focus();
    await page.keyboard.press("Enter");
    await form.getByRole("heading", { name: XSS, level: 1 }).waitFor();
    expect(await form.getByText("Sheets are set up").count()).toBe(1);
    expect(await form.getByText("Pipeline", { exact: true }).count()).toBe(1);
    expect(await sidebarFrame().locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shot("03-plan-overview");
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it("draws the new sheets: tabs, bold protected headers with notes, dropdowns", async () => {
    await expect
      .poll(() => page.locator("#tabs button").allTextContents())
      .toEqual(
        expect.arrayContaining([
          "Plan",
          "1 Objectives",
          "2 Attributes",
          "3 Profiles",
          "4 Activation",
          "5 Governance",
          "Profile tests",
          "Change log",
        ]),
      );
    // The Plan sheet holds the initiative as plain text, too.
    await tab("Plan").click();
    await expect.poll(() => page.locator("#grid td").filter({ hasText: XSS }).count()).toBe(1);
    // The New plan form's Customer Data Engineer lands on the Plan sheet beside the ladder.
    await expect.poll(() => page.locator("#grid td").filter({ hasText: "dev@example.com" }).count()).toBe(1);
    expect(await page.locator("#grid img").count()).toBe(0);
    await shot("04-plan-sheet");

    await tab("2 Attributes").click();
    await expect.poll(() => tab("2 Attributes").getAttribute("aria-pressed")).toBe("true");
    const headers = await page.locator('#grid td[data-row="1"]').allTextContents();
    const typeColumn = headers.indexOf("Type") + 1;
    expect(typeColumn).toBeGreaterThan(0);
    const typeHeader = page.locator(`#grid td[data-row="1"][data-col="${typeColumn}"]`);
    expect(await typeHeader.getAttribute("class")).toMatch(/\bbold\b.*\bprotected\b|\bprotected\b.*\bbold\b/);
    expect(await typeHeader.getAttribute("title")).toBeTruthy();
    const typeCell = page.locator(`#grid td[data-row="2"][data-col="${typeColumn}"]`);
    expect(await typeCell.locator(".dv-marker").textContent()).toBe("▾");
    await typeHeader.hover();
    await shot("05-attributes-sheet");
  });

  it("removes the empty Sheet1 the new spreadsheet started with, from the setup report", async () => {
    expect(await tab("Sheet1").count()).toBe(1);
    await sidebar().getByRole("button", { name: "Remove the empty Sheet1" }).click();
    await sidebar().getByText("Removed the empty Sheet1.").waitFor();
    await expect.poll(() => tab("Sheet1").count()).toBe(0);
    expect(await sidebar().getByRole("button", { name: "Remove the empty Sheet1" }).count()).toBe(0);
  });

  it("edits a dropdown cell with the list of allowed values", async () => {
    const headers = await page.locator('#grid td[data-row="1"]').allTextContents();
    const typeCell = page.locator(`#grid td[data-row="2"][data-col="${headers.indexOf("Type") + 1}"]`);
    await typeCell.dblclick();
    const choices = typeCell.getByRole("listbox", { name: "Allowed values" });
    expect(await choices.getByRole("option").allTextContents()).toEqual(expect.arrayContaining(["string", "date", "enum"]));
    await shot("06-dropdown-editor");
    await choices.getByRole("option", { name: "date", exact: true }).click();
    await expect.poll(() => typeCell.locator(".cell-text").textContent()).toBe("date");
  });

  it("opens a stage's sheet from the stepper, and counts its rows", async () => {
    const stepper = sidebar().getByRole("button", { name: /Profiles/ });
    await stepper.click();
    await expect.poll(() => tab("3 Profiles").getAttribute("aria-pressed")).toBe("true");
    expect(await stepper.getAttribute("aria-current")).toBe("step");

    await sidebar()
      .getByRole("button", { name: /Objectives/ })
      .click();
    await expect.poll(() => tab("1 Objectives").getAttribute("aria-pressed")).toBe("true");
    await cell("B2").dblclick();
    await page.keyboard.type("Grow weekly activation");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell("B2").textContent()).toBe("Grow weekly activation");
    await expect.poll(() => cell("B3").getAttribute("class")).toContain("active-cell");
    // Typed dates become Dates in the sheet and show as yyyy-mm-dd.
    const dueDate = (await page.locator('#grid td[data-row="1"]').allTextContents()).indexOf("Due date") + 1;
    const due = page.locator(`#grid td[data-row="2"][data-col="${dueDate}"]`);
    await due.click();
    await page.keyboard.press("Enter");
    await page.keyboard.type("2025-06-01");
    await page.keyboard.press("Tab");
    await expect.poll(() => due.textContent()).toBe("2025-06-01");
    const state = (await (await page.request.get(`${playground.url}api/state`)).json()) as {
      state: { spreadsheet: { sheets: { name: string; cells: [number, number, { v?: unknown }][] }[] } };
    };
    const objectives = state.state.spreadsheet.sheets.find((sheet) => sheet.name === "1 Objectives")!;
    expect(objectives.cells.find(([r, c]) => r === 2 && c === dueDate)?.[2].v).toEqual({ $date: expect.stringMatching(/^2025-0[56]-/) });

    await sidebar().getByRole("button", { name: "Refresh" }).click();
    await expect
      .poll(() =>
        sidebar()
          .getByRole("button", { name: /Objectives/ })
          .textContent(),
      )
      .toContain("1 row");
    expect(
      await sidebar()
        .getByRole("button", { name: /Attributes/ })
        .textContent(),
    ).toContain("1 row");
    await shot("07-stepper-and-edit");
  });

  it("gives the sidebar a google.script.run that behaves like Apps Script's", async () => {
    const outcome = await sidebarFrame().evaluate(
      () =>
        new Promise((resolve) => {
          type Runner = { [name: string]: (...args: unknown[]) => Runner };
          const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
          const tagged = run.withUserObject("tag");
          const handled = tagged.withSuccessHandler((reply: unknown, userObject: unknown) => resolve({ reply, userObject, chainIsNew }));
          const chainIsNew = tagged !== run && handled !== tagged;
          handled.openSheet({ sheet: "No such sheet" });
        }),
    );
    // The add-on's own failures arrive as a Reply value (see src/domain/api/reply.ts), with the user object.
    expect(outcome).toEqual({
      reply: { failed: true, code: "REFUSED_INPUT", message: 'There is no sheet called "No such sheet" in this plan.' },
      userObject: "tag",
      chainIsNew: true,
    });
    const refused = await page.request.post(`${playground.url}api/run`, { data: { fn: "onOpen_", args: [] } });
    expect(await refused.json()).toEqual({ ok: false, message: "Script function not found: onOpen_" });
  });

  it("re-runs Set up sheets and names a sheet it had to skip, with the reason", async () => {
    // A collaborator retitles the Governance key column, so the sheet no longer reads as ours.
    const edit = await page.request.post(`${playground.url}api/edit`, { data: { sheet: "5 Governance", a1: "A1", values: [["Area"]] } });
    expect(((await edit.json()) as { ok: boolean }).ok).toBe(true);
    await sidebar().getByRole("button", { name: "Set up sheets" }).click();
    const warning = sidebar().getByRole("alert").filter({ hasText: "skipped" });
    await warning.waitFor();
    expect(await warning.textContent()).toContain("5 Governance:");
    await shot("08-setup-skipped");
    expect(await seriousAxeViolations()).toEqual([]);

    await page.getByRole("button", { name: "Set up sheets" }).click();
    await expect.poll(() => page.locator("#notices").textContent()).toContain("5 Governance");
    await shot("09-menu-setup-notice");
  });

  it("keeps the workbook after the playground restarts on the same state file", async () => {
    const activeBefore = await page.locator('#tabs button[aria-pressed="true"]').textContent();
    await playground.close();
    playground = await startPlayground({ port: 0, stateFile: stateFile() });
    await page.goto(playground.url);
    await expect.poll(() => page.locator('#tabs button[aria-pressed="true"]').textContent()).toBe(activeBefore);
    await tab("1 Objectives").click();
    await expect.poll(() => cell("B2").textContent()).toBe("Grow weekly activation");
    await sidebar().getByRole("heading", { name: XSS, level: 1 }).waitFor();
    expect(dialogs).toEqual([]);
    await shot("10-after-restart");
  });
});
