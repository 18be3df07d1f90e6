import { describe, expect, it } from "vitest";
import { diffPlans, type ComparablePlan } from "../../../src/domain/plan/diff-plans";

const BASE: ComparablePlan = {
  inputs: { channels: ["email"], metrics: "activation rate" },
  objectives: [],
  attributes: [
    { attributeId: "plan", type: "enum", consentPurposes: ["personalization", "email_marketing"], coveragePct: 98 },
    { attributeId: "seats_used", type: "integer", consentPurposes: ["personalization"], coveragePct: 90 },
    { attributeId: "legacy_score", type: "number", consentPurposes: ["analytics"], coveragePct: 50 },
  ],
  profiles: [
    { profileId: "new-free", eligibility: 'plan = "free"', suppression: "seats_used > 5", score: null, references: ["plan", "seats_used"] },
  ],
  activations: [{ profileId: "new-free", channel: "email", fallbackState: "Welcome series" }],
  governance: [],
  tests: [],
};

type Plan = ComparablePlan;
const edit =
  <K extends keyof Plan>(key: K, change: (rows: Plan[K]) => Plan[K]) =>
  (plan: Plan): Plan => ({ ...plan, [key]: change(plan[key]) });
const attribute = (id: string, patch: Record<string, unknown>) =>
  edit("attributes", (rows) => rows.map((row) => (row.attributeId === id ? { ...row, ...patch } : row)));

const CASES: [string, (plan: Plan) => Plan, Record<string, unknown>][] = [
  [
    "used attribute removed",
    edit("attributes", (rows) => rows.filter((r) => r.attributeId !== "seats_used")),
    { section: "attributes", change: "removed", id: "seats_used", breaking: true },
  ],
  [
    "unused attribute removed",
    edit("attributes", (rows) => rows.filter((r) => r.attributeId !== "legacy_score")),
    { section: "attributes", change: "removed", id: "legacy_score", breaking: false },
  ],
  [
    "used attribute retyped",
    attribute("seats_used", { type: "number" }),
    { id: "seats_used", field: "type", before: "integer", after: "number", breaking: true },
  ],
  ["unused attribute retyped", attribute("legacy_score", { type: "integer" }), { id: "legacy_score", field: "type", breaking: false }],
  [
    "used attribute loses a consent purpose",
    attribute("plan", { consentPurposes: ["personalization"] }),
    { id: "plan", field: "consentPurposes", breaking: true, reason: "Consent purpose email_marketing lost while profile new-free uses it" },
  ],
  [
    "used attribute gains a consent purpose",
    attribute("seats_used", { consentPurposes: ["personalization", "advertising"] }),
    { id: "seats_used", field: "consentPurposes", breaking: false },
  ],
  ["coverage edited", attribute("plan", { coveragePct: 97 }), { id: "plan", field: "coveragePct", before: 98, after: 97, breaking: false }],
  [
    "attribute added",
    edit("attributes", (rows) => [...rows, { attributeId: "country", type: "string" }]),
    { section: "attributes", change: "added", id: "country", breaking: false },
  ],
  ["profile removed", edit("profiles", () => []), { section: "profiles", change: "removed", id: "new-free", breaking: true }],
  [
    "suppression cleared",
    edit("profiles", (rows) => rows.map((r) => ({ ...r, suppression: null }))),
    { id: "new-free", field: "suppression", breaking: true },
  ],
  [
    "eligibility edited",
    edit("profiles", (rows) => rows.map((r) => ({ ...r, eligibility: 'plan = "pro"' }))),
    { id: "new-free", field: "eligibility", breaking: false },
  ],
  [
    "score added",
    edit("profiles", (rows) => rows.map((r) => ({ ...r, score: "seats_used * 2" }))),
    { id: "new-free", field: "score", breaking: false },
  ],
  ["channel removed", edit("activations", () => []), { section: "activations", change: "removed", id: "new-free → email", breaking: true }],
  [
    "channel added",
    edit("activations", (rows) => [...rows, { profileId: "new-free", channel: "web" }]),
    { section: "activations", change: "added", id: "new-free → web", breaking: false },
  ],
  [
    "fallback edited",
    edit("activations", (rows) => rows.map((r) => ({ ...r, fallbackState: "Plain newsletter" }))),
    { id: "new-free → email", field: "fallbackState", breaking: false },
  ],
  [
    "plan input edited",
    (plan) => ({ ...plan, inputs: { ...plan.inputs, metrics: "retention" } }),
    { section: "inputs", id: "metrics", before: "activation rate", after: "retention", breaking: false },
  ],
];

describe("changes between plan versions, classified per DESIGN section 8", () => {
  it.each(CASES)("%s", (_, change, expected) => {
    const changes = diffPlans(BASE, change(BASE));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject(expected);
  });

  it("ignores spacing and keyword case in logic", () => {
    const respaced = edit("profiles", (rows) => rows.map((r) => ({ ...r, eligibility: ' plan  =  "free" ', suppression: "seats_used>5" })));
    expect(diffPlans(BASE, respaced(BASE))).toEqual([]);
  });

  it("lists breaking changes first, each with its reason", () => {
    const after = edit("activations", () => [{ profileId: "new-free", channel: "web" }])(
      edit("attributes", (rows) => rows.filter((r) => r.attributeId !== "plan"))(BASE),
    );
    expect(diffPlans(BASE, after).map((c) => [c.id, c.breaking, c.reason])).toEqual([
      ["plan", true, "Attribute removed while profile new-free uses it"],
      ["new-free → email", true, "Channel removed from the profile's activations"],
      ["new-free → web", false, undefined],
    ]);
  });
});
