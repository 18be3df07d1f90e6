import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession, seriousAxeViolations, seriousPageViolations, type Session, unreachableByTab } from "./harness";
import { enterRows, createPlan, type Journey } from "./journey-steps";
import { playgroundApi } from "./playground-api";

/**
 * The playground grid where the product depends on it behaving like Sheets:
 * scrolling to a selected cell, typing into dropdowns, pasting rows,
 * selecting ranges and the protected-header warning.
 */
let session: Session;
let journey: Journey;

const grid = () => session.page.locator("#grid");
const cell = (a1: string) => session.page.locator(`#grid td[data-a1="${a1}"]`);
const selected = async () => session.page.locator("#grid td.selected").evaluateAll((cells) => cells.map((td) => td.dataset.a1));
const openSheet = (name: string) => session.page.locator("#tabs button", { hasText: name }).click();
const column = async (sheet: string, label: string) => String.fromCharCode(64 + (await journey.api.headers(sheet)).indexOf(label) + 1);

beforeAll(async () => {
  session = await openSession();
  journey = { page: session.page, sidebar: session.sidebar(), api: playgroundApi(session.page.request, session.playground.url) };
  await journey.sidebar.getByRole("heading", { name: "New plan" }).waitFor();
  await createPlan(journey);
  await enterRows(journey);
}, 30_000);

afterAll(async () => {
  await session?.close();
});

describe("the playground grid, like Sheets", () => {
  it("has a favicon", async () => {
    expect(await session.page.locator('link[rel="icon"]').getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
  });

  it("scrolls to a cell selected from outside the grid (a finding far down the sheet)", async () => {
    await openSheet("2 Attributes");
    await session.page.getByRole("button", { name: "Show 100 more rows" }).click();
    await session.page.request.post(`${session.playground.url}api/select`, { data: { sheet: "2 Attributes", a1: "C95" } });
    await expect.poll(() => cell("C95").getAttribute("class")).toContain("active-cell");
    await expect
      .poll(() =>
        cell("C95").evaluate((td) => {
          const box = td.getBoundingClientRect();
          const view = document.getElementById("grid")!.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        }),
      )
      .toBe(true);
  });

  it("accepts any text typed into a dropdown cell, offering the list, and Validate then flags it", async () => {
    const type = `${await column("2 Attributes", "Type")}2`;
    await cell(type).click();
    await grid().focus();
    await session.page.keyboard.type("dat");
    const editor = cell(type).locator("input.cell-editor");
    expect(await editor.inputValue()).toBe("dat");
    expect(await cell(type).getByRole("option").allTextContents()).toContain("date");
    await session.shot("grid-dropdown-typing");
    await session.page.keyboard.type("ish");
    await session.page.keyboard.press("Enter");
    await expect.poll(() => cell(type).locator(".cell-text").textContent()).toBe("datish");
    await journey.sidebar.getByRole("button", { name: "Validate", exact: true }).click();
    await journey.sidebar.locator("[data-validation]").waitFor();
    expect(await journey.sidebar.locator(".finding-item", { hasText: "datish" }).count()).toBeGreaterThan(0);
    // Picking from the list with the arrow keys puts the allowed value back.
    await cell(type).dblclick();
    await session.page.keyboard.press("Control+A");
    await session.page.keyboard.type("date");
    await session.page.keyboard.press("ArrowDown");
    await session.page.keyboard.press("Enter");
    await expect.poll(() => cell(type).locator(".cell-text").textContent()).toBe("date");
  });

  it("pastes copied rows with Ctrl+V from the active cell, and the edit trigger logs the pasted rows", async () => {
    await openSheet("5 Governance");
    const logBefore = (await journey.api.sheet("Change log")).cells.filter(([row]) => row > 1).length;
    const owner = await column("5 Governance", "Owner");
    await cell(`${owner}2`).click();
    await session.page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.getElementById("grid")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    }, "lee@example.com\nkim@example.com\n");
    await expect.poll(() => cell(`${owner}3`).locator(".cell-text").textContent()).toBe("kim@example.com");
    expect(await cell(`${owner}2`).locator(".cell-text").textContent()).toBe("lee@example.com");
    expect(await selected()).toEqual([`${owner}2`, `${owner}3`]);
    await expect
      .poll(async () => (await journey.api.sheet("Change log")).cells.filter(([row]) => row > 1).length)
      .toBeGreaterThan(logBefore);
  });

  it("pastes with the keyboard shortcut from the real clipboard", async () => {
    await session.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.playground.url });
    const owner = await column("5 Governance", "Owner");
    await cell(`${owner}2`).click();
    await session.page.evaluate(() => navigator.clipboard.writeText("ana@example.com\tmonthly"));
    await grid().focus();
    await session.page.keyboard.press("ControlOrMeta+V");
    await expect.poll(() => cell(`${owner}2`).locator(".cell-text").textContent()).toBe("ana@example.com");
  });

  it("selects a range with Shift+click and grows it with Shift+arrows", async () => {
    await openSheet("2 Attributes");
    await cell("B2").click();
    await cell("C3").click({ modifiers: ["Shift"] });
    await expect.poll(selected).toEqual(["B2", "C2", "B3", "C3"]);
    await grid().focus();
    await session.page.keyboard.press("Shift+ArrowDown");
    await expect.poll(selected).toEqual(["B2", "C2", "B3", "C3", "B4", "C4"]);
    await session.page.keyboard.press("ArrowRight");
    await expect.poll(selected).toEqual(["C2"]);
  });

  it("cancelling the protected-header warning leaves edit mode with the header unchanged", async () => {
    const header = await cell("A1").locator(".cell-text").textContent();
    await cell("A1").click();
    await grid().focus();
    await session.page.keyboard.type("x");
    await session.page.keyboard.press("Enter");
    await expect.poll(() => session.dialogs.at(-1) ?? "").toContain("shouldn't be changed accidentally");
    await expect.poll(() => session.page.locator("#grid .cell-editor").count()).toBe(0);
    expect(await cell("A1").locator(".cell-text").textContent()).toBe(header);
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe("grid");
    // Keys now move the selection again instead of typing into a hidden editor.
    await session.page.keyboard.press("ArrowDown");
    await expect.poll(selected).toEqual(["A2"]);
  });

  it("deletes a row from its number's right-click menu, and the next Validate logs the row with what it held", async () => {
    await openSheet("2 Attributes");
    // From the workbook itself, not the grid: a redraw under way could show a cell as empty.
    const idIn = async (row: number) => {
      const cells = (await journey.api.sheet("2 Attributes")).cells.filter(([r]) => r === row).sort((a, b) => a[1] - b[1]);
      return String(cells[0]?.[2].v ?? "");
    };
    const id = await idIn(3);
    const below = await idIn(4);
    expect(below).not.toBe("");
    await session.page.locator("#grid th.row-head", { hasText: /^3$/ }).click({ button: "right" });
    await session.shot("grid-row-menu");
    await session.page.getByRole("menuitem", { name: "Delete row 3" }).click();
    await expect.poll(() => cell("A3").locator(".cell-text").textContent()).toBe(below);
    await journey.sidebar.getByRole("button", { name: "Validate", exact: true }).click();
    await expect.poll(() => journey.sidebar.getByText("Logged in the Change log: 1 deleted row").count()).toBe(1);
    expect(await journey.sidebar.getByText(`Deleted on 2 Attributes: ${id}`).count()).toBe(1);
    await journey.sidebar.getByText("Logged in the Change log: 1 deleted row").scrollIntoViewIfNeeded();
    await session.shot("sidebar-rows-logged");
    const deleted = async () =>
      (await journey.api.sheet("Change log")).cells.some(([, , logged]) => String(logged.v ?? "").startsWith(`Attribute ID: ${id}; `));
    await expect.poll(deleted).toBe(true);
  });

  it("stays axe-clean: the grid with a range selected and a dropdown cell being edited", async () => {
    await openSheet("2 Attributes");
    await cell("B2").click();
    await cell("C3").click({ modifiers: ["Shift"] });
    expect(await seriousPageViolations(session.page)).toEqual([]);
    const type = `${await column("2 Attributes", "Type")}2`;
    await cell(type).dblclick();
    await cell(type).locator("input.cell-editor").waitFor();
    expect(await seriousPageViolations(session.page)).toEqual([]);
    await session.page.keyboard.press("Escape");
  }, 90_000);
});

describe("the sidebar, by keyboard", () => {
  it("reaches every action on every tab with Tab alone", async () => {
    for (const name of ["Plan", "Export", "Audiences", "Where used"]) {
      await journey.sidebar.getByRole("tab", { name }).click();
      expect(await unreachableByTab(session.page, session.sidebarFrame()), name).toEqual([]);
      expect(await seriousAxeViolations(session.sidebarFrame()), name).toEqual([]);
    }
  }, 120_000);
});
