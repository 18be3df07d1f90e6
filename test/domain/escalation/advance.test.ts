import { describe, expect, it } from "vitest";
import { cause, coverage, LADDER, runs } from "./support";

describe("escalations climb the ladder (DESIGN section 4)", () => {
  it("a consent blocker seen once does not escalate; seen in the next run it opens at rung 1 with the Personalization Architect", () => {
    const [first, second] = runs(2, () => [cause()]);
    expect(first.report).toEqual([]);
    expect(first.entries).toEqual([]);
    expect(second.report).toEqual([
      expect.objectContaining({ rung: 1, role: "Personalization Architect", owner: "ana@example.com", seenRuns: 2, status: "open" }),
    ]);
    expect(second.entries).toEqual([
      expect.objectContaining({
        source: "escalation",
        sheet: "4 Activation",
        rowKey: "new-free-users → email (signup_date)",
        column: "Consent purpose",
        oldValue: null,
        newValue: expect.stringMatching(/^Escalated to rung 1, Personalization Architect \(ana@example\.com\): Attribute signup_date/),
      }),
    ]);
  });

  it.each([
    [3, 2, "Data Privacy Lead", "priya@example.com"],
    [4, 3, "Exec sponsor", "sam@example.com"],
    [5, 3, "Exec sponsor", "sam@example.com"],
    [8, 3, "Exec sponsor", "sam@example.com"],
  ])("after %i runs in a row it sits at rung %i (%s)", (count, rung, role, owner) => {
    const outcomes = runs(count, () => [cause()]);
    expect(outcomes.at(-1)!.report).toEqual([expect.objectContaining({ rung, role, owner, seenRuns: count })]);
  });

  it("logs each move up the ladder once, and nothing while it stays at the top", () => {
    const outcomes = runs(6, () => [cause()]);
    expect(outcomes.map((o) => o.entries.length)).toEqual([0, 1, 1, 1, 0, 0]);
    expect(outcomes[2].entries[0]).toMatchObject({
      oldValue: "rung 1, Personalization Architect (ana@example.com)",
      newValue: "rung 2, Data Privacy Lead (priya@example.com)",
    });
  });

  it("a blocker fixed before it escalated opens when it comes back: that is its second occurrence", () => {
    const outcomes = runs(3, (run) => (run === 2 ? [] : [cause()]));
    expect(outcomes[1].report).toEqual([]);
    expect(outcomes[2].report).toEqual([expect.objectContaining({ status: "open", rung: 1 })]);
    expect(outcomes[2].entries[0].newValue).toMatch(/came back after it was fixed\.$/);
  });

  it.each(["SENSITIVE_ACTIVATION", "USAGE_POLICY"] as const)("%s follows the same twice-seen rule", (code) => {
    const [first, second] = runs(2, () => [cause({ id: `${code}:x`, code })]);
    expect(first.report).toEqual([]);
    expect(second.report).toEqual([expect.objectContaining({ code, rung: 1 })]);
  });

  it("an attribute missing its coverage SLA opens at rung 1 on first sight", () => {
    const [first] = runs(1, () => [coverage()]);
    expect(first.report).toEqual([expect.objectContaining({ code: "COVERAGE_SLA", item: "signup_date", rung: 1, seenRuns: 1 })]);
  });

  it("fixing the cause resolves it with a remediation entry, kept as history", () => {
    const outcomes = runs(4, (run) => (run <= 3 ? [cause()] : []));
    const last = outcomes.at(-1)!;
    expect(last.report).toEqual([
      expect.objectContaining({
        status: "resolved",
        resolvedAt: "2026-11-13T09:00:00.000Z",
        rung: 2,
        remediation: expect.stringContaining("no longer finds CONSENT_MISSING for new-free-users → email (signup_date)"),
      }),
    ]);
    expect(last.entries).toEqual([
      expect.objectContaining({
        source: "escalation",
        oldValue: "rung 2, Data Privacy Lead (priya@example.com)",
        newValue: expect.stringMatching(/^Resolved\. Fixed: /),
      }),
    ]);
    expect(last.state.escalations).toEqual([expect.objectContaining({ status: "resolved" })]);
    const after = runs(5, (run) => (run <= 3 ? [cause()] : []));
    expect(after.at(-1)!.entries).toEqual([]);
    expect(after.at(-1)!.state.escalations).toEqual([expect.objectContaining({ status: "resolved" })]);
  });

  it("an escalation that comes back after being resolved opens again at once, from the bottom", () => {
    const outcomes = runs(6, (run) => (run === 4 ? [] : [cause()]));
    expect(outcomes[3].report).toEqual([expect.objectContaining({ status: "resolved" })]);
    expect(outcomes[4].report).toEqual([expect.objectContaining({ status: "open", rung: 1, seenRuns: 2 })]);
    expect(outcomes[5].report).toEqual([expect.objectContaining({ status: "open", rung: 2 })]);
    expect(outcomes[5].state.escalations.filter((e) => e.id === cause().id)).toHaveLength(1);
  });

  it("tracks each item on its own, highest rung first", () => {
    const outcomes = runs(3, (run) => (run === 1 ? [cause()] : [cause(), coverage("plan")]));
    expect(outcomes.at(-1)!.report.map((e) => [e.item, e.rung])).toEqual([
      ["new-free-users → email (signup_date)", 2],
      ["plan", 2],
    ]);
  });
});

describe("an empty rung falls to the item's Fallback owner from 5 Governance", () => {
  const noArchitect = { ...LADDER, architect: null };
  const governance = [
    { scope: "plan" as const, item: "*", fallbackOwner: "dev@example.com" },
    { scope: "attribute" as const, item: "*", fallbackOwner: "data-team@example.com" },
    { scope: "attribute" as const, item: "signup_date", fallbackOwner: "dana@example.com" },
    { scope: "activation" as const, item: "new-free-users/email", fallbackOwner: "chris@example.com" },
  ];

  it.each([
    ["the activation's own row", governance, "chris@example.com"],
    ["the attribute's row, after no activation row", governance.slice(0, 3), "dana@example.com"],
    ["the scope's * row when no row names the item", governance.slice(0, 2), "data-team@example.com"],
    ["the plan's row last", governance.slice(0, 1), "dev@example.com"],
  ])("%s", (_, rows, owner) => {
    const [, second] = runs(2, () => [cause()], { plan: noArchitect, governance: rows });
    expect(second.report[0]).toMatchObject({ rung: 1, role: "Personalization Architect", owner, ownerIsFallback: true });
    expect(second.entries[0].newValue).toContain(`${owner}, fallback owner`);
  });

  it("names nobody, and says what to fill in, when neither the ladder nor Governance does", () => {
    const [, second] = runs(2, () => [cause()], { plan: noArchitect });
    expect(second.report[0]).toMatchObject({ owner: null, ownerIsFallback: false });
    expect(second.entries[0].newValue).toContain("nobody named: fill in the Plan sheet's ladder or a Fallback owner on 5 Governance");
  });

  it("a rung with a person on the ladder never uses the fallback", () => {
    const outcomes = runs(3, () => [cause()], { plan: noArchitect, governance });
    expect(outcomes[2].report[0]).toMatchObject({ rung: 2, owner: "priya@example.com", ownerIsFallback: false });
  });
});
