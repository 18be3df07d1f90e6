import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProfileEvaluator, membershipOf, previewAudiences } from "../../../src/domain/preview";
import { booleanExpression, personArbitrary } from "../logic/arbitrary";
import { NOW, alice, bob, carol } from "../logic/sample";
import { mockProfile } from "./fixtures";

const newFree = mockProfile({
  id: "new_free",
  priority: 1,
  eligibility: `plan = "free" and days_since(signup_date) <= 14d`,
  suppression: "onboarding_done",
});
const anyFree = mockProfile({ id: "any_free", priority: 2, eligibility: `plan = "free"` });
const payers = mockProfile({ id: "payers", priority: 1, eligibility: `plan in ["pro", "enterprise"]`, score: "mrr", scoreThreshold: 100 });
const everyone = mockProfile({ id: "everyone", priority: 3, eligibility: "email is not null or email is null" });

const people = [alice, bob, carol, { ...alice, onboarding_done: true }];

describe("audience preview", () => {
  const preview = previewAudiences({
    profiles: [newFree, anyFree, payers, everyone],
    activations: [
      { profileId: "new_free", channel: "email" },
      { profileId: "any_free", channel: "email" },
      { profileId: "payers", channel: "web" },
      { profileId: "everyone", channel: "web" },
      { profileId: "ghost", channel: "web" },
    ],
    people,
    now: NOW,
  });

  it("counts eligible people and members after suppression and the score threshold", () => {
    expect(preview.profiles).toEqual([
      { profileId: "new_free", eligible: 2, suppressed: 1, belowThreshold: 0, members: 1 },
      { profileId: "any_free", eligible: 2, suppressed: 0, belowThreshold: 0, members: 2 },
      // carol is enterprise with no mrr: a missing score is below any threshold
      { profileId: "payers", eligible: 2, suppressed: 0, belowThreshold: 1, members: 1 },
      { profileId: "everyone", eligible: 4, suppressed: 0, belowThreshold: 0, members: 4 },
    ]);
  });

  it("gives each person the first profile they belong to on a channel, in priority order", () => {
    expect(preview.channels.map((c) => [c.channel, c.branches.map((b) => [b.profileId, b.members, b.receives]), c.reached])).toEqual([
      [
        "email",
        [
          ["new_free", 1, 1],
          ["any_free", 2, 1],
        ],
        2,
      ],
      [
        "web",
        [
          ["payers", 1, 1],
          ["everyone", 4, 3],
        ],
        4,
      ],
    ]);
  });

  it("orders a channel by priority, not by the order activations are listed", () => {
    const shadowing = previewAudiences({
      profiles: [anyFree, newFree, mockProfile({ id: "pro", priority: 3, eligibility: `plan = "pro"` })],
      activations: [
        { profileId: "new_free", channel: "in-app" },
        { profileId: "any_free", channel: "in-app" },
        { profileId: "pro", channel: "in-app" },
      ],
      people,
      now: NOW,
    });
    expect(shadowing.channels[0].branches.map((b) => b.profileId)).toEqual(["new_free", "any_free", "pro"]);
    expect(shadowing.shadowed).toEqual([]);
  });

  it("reports a profile that higher-priority ones take everyone from, naming them", () => {
    const reversed = previewAudiences({
      profiles: [
        mockProfile({ id: "any_free", priority: 1, eligibility: `plan = "free"` }),
        mockProfile({ id: "new_free", priority: 2, eligibility: `plan = "free" and days_since(signup_date) <= 14d` }),
      ],
      activations: [
        { profileId: "any_free", channel: "email" },
        { profileId: "new_free", channel: "email" },
      ],
      people,
      now: NOW,
    });
    expect(reversed.shadowed).toEqual([{ channel: "email", profileId: "new_free", shadowedBy: ["any_free"] }]);
  });

  it("does not call an empty profile shadowed: it matches no one at all", () => {
    const nobody = mockProfile({ id: "nobody", priority: 2, eligibility: "seats_used > 1000" });
    const result = previewAudiences({
      profiles: [everyone, nobody],
      activations: [
        { profileId: "everyone", channel: "ads" },
        { profileId: "nobody", channel: "ads" },
      ],
      people,
      now: NOW,
    });
    expect(result.shadowed).toEqual([]);
    expect(result.channels[0].branches.find((b) => b.profileId === "nobody")).toMatchObject({ members: 0, receives: 0 });
  });

  it("draws a symmetric overlap matrix whose diagonal is each profile's members", () => {
    expect(preview.overlap).toEqual({
      profileIds: ["new_free", "any_free", "payers", "everyone"],
      counts: [
        [1, 1, 0, 1],
        [1, 2, 0, 2],
        [0, 0, 1, 1],
        [1, 2, 1, 4],
      ],
    });
  });

  it("explains membership in the Profile tests vocabulary", () => {
    expect(membershipOf(newFree, alice, NOW)).toBe("member");
    expect(membershipOf(newFree, bob, NOW)).toBe("not eligible");
    expect(membershipOf(newFree, { ...alice, onboarding_done: true }, NOW)).toBe("suppressed");
    expect(membershipOf(payers, carol, NOW)).toBe("below threshold");
  });

  it("agrees with a person-by-person count for generated profiles and people", () => {
    const profile = fc.tuple(booleanExpression, fc.option(booleanExpression, { nil: null }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(fc.array(profile, { minLength: 1, maxLength: 5 }), fc.array(personArbitrary, { maxLength: 70 }), (specs, crowd) => {
        const profiles = specs.map(([eligibility, suppression, priority], i) =>
          compileProfileEvaluator({ id: `p${i}`, priority, eligibility, suppression }),
        );
        const result = previewAudiences({
          profiles,
          activations: profiles.map((p) => ({ profileId: p.id, channel: "web" })),
          people: crowd,
          now: NOW,
        });
        const member = profiles.map((p) => crowd.map((person) => membershipOf(p, person, NOW) === "member"));
        profiles.forEach((_, i) =>
          profiles.forEach((__, j) => {
            expect(result.overlap.counts[i][j]).toBe(crowd.filter((___, k) => member[i][k] && member[j][k]).length);
          }),
        );
        const reached = crowd.filter((___, k) => member.some((m) => m[k])).length;
        expect(result.channels[0].reached).toBe(reached);
        for (const branch of result.channels[0].branches) expect(branch.receives).toBeLessThanOrEqual(branch.members);
      }),
      { numRuns: 100 },
    );
  });
});
