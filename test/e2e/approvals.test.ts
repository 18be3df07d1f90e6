import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, openSession, seriousAxeViolations, type Session } from "./harness";
import { createPlan, enterRows, fixConsent, fixTypo, openTab, settle, validate, type Journey } from "./journey-steps";
import { playgroundApi } from "./playground-api";

/**
 * The Approvals card in the playground: the playground's signed-in user is
 * owner@example.com, named here as the plan's Approver. The plan starts
 * with two errors, so Approve waits until they are fixed.
 */
let session: Session;
let journey: Journey;
const USER = "owner@example.com";
const card = () => journey.sidebar.locator("section.card", { has: journey.sidebar.getByRole("heading", { name: "Approvals" }) });
const check = async () => {
  const before = (await journey.api.calls()).total;
  await card()
    .getByRole("button", { name: /Check (my approvals|again)/ })
    .click();
  await settle(journey, before);
};

beforeAll(async () => {
  session = await openSession();
  journey = { page: session.page, sidebar: session.sidebar(), api: playgroundApi(session.page.request, session.playground.url) };
  await journey.sidebar.getByRole("heading", { name: "New plan" }).waitFor();
  await createPlan(journey);
  await enterRows(journey);
  await journey.api.type("5 Governance", "Approver", 2, USER);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("the Approvals card", () => {
  it("shows the row awaiting the signed-in user, what it covers, and why Approve waits", async () => {
    await openTab(journey, "Export");
    await check();
    const entry = card().locator("li.approval").first();
    await expect.poll(() => entry.textContent()).toContain("The whole plan");
    expect(await entry.textContent()).toContain("Awaiting your approval");
    expect(await card().textContent()).toContain(`Signed in as ${USER}. 1 awaiting your approval.`);
    await entry.getByText("What you approve").click();
    expect(await entry.textContent()).toMatch(/Attribute signup_date: Type date/);
    expect(await entry.textContent()).toMatch(/\d+ errors to fix before approving/);
    expect(await entry.getByRole("button", { name: "Approve" }).isDisabled()).toBe(true);
    await entry.getByText("What you approve").click();
    await card().screenshot({ path: `${ARTIFACTS}/60-approvals-blocked-by-errors.png` });
    expect(await seriousAxeViolations(session.sidebarFrame())).toEqual([]);
  });

  it("approves once the errors are fixed, and says what was recorded", async () => {
    await openTab(journey, "Plan");
    await validate(journey);
    await fixTypo(journey);
    await fixConsent(journey);
    await openTab(journey, "Export");
    await check();
    const entry = card().locator("li.approval").first();
    expect(await entry.getByRole("button", { name: "Approve" }).isDisabled()).toBe(false);
    await card().screenshot({ path: `${ARTIFACTS}/61-approvals-ready.png` });
    await entry.getByRole("button", { name: "Approve" }).click();
    await card().getByText("Approved", { exact: true }).waitFor();
    expect(await card().textContent()).toMatch(
      new RegExp(`The whole plan, by ${USER} on \\d{4}-\\d{2}-\\d{2} \\(content hash [0-9a-f]{12}\\)`),
    );
    expect(await card().textContent()).toContain("Nothing awaits your approval. 1 approved by you and still current.");
    const governance = await journey.api.sheet("5 Governance");
    expect(governance.cells.filter(([row, col]) => row === 2 && col === 9).map(([, , cell]) => cell.v)).toEqual([USER]);
    await card().screenshot({ path: `${ARTIFACTS}/62-approvals-approved.png` });
  });

  it("shows what changed since the approval once a governance field changes", async () => {
    await journey.api.type("2 Attributes", "Coverage SLA %", 3, "85");
    await openTab(journey, "Export");
    await check();
    const entry = card().locator("li.approval").first();
    expect(await entry.textContent()).toContain("Changed since you approved");
    expect(await entry.textContent()).toContain(`Changed since ${USER} approved on`);
    expect(await entry.textContent()).toContain("attributes signup_date: Coverage SLA % 95 → 85");
    await card().screenshot({ path: `${ARTIFACTS}/63-approvals-stale.png` });
  });
});
