import { describe, expect, it } from "vitest";
import { heatColours, overlapMax, people, sampleLine, shadowedProfiles, treeOrder, type Branch } from "../../sidebar/view/preview";

const branch = (profileId: string, priority: number | null, members: number, receives: number): Branch => ({
  profileId,
  priority,
  members,
  receives,
});

describe("decision trees", () => {
  it("marks a profile shadowed when people qualify but higher priorities take them all", () => {
    const channels = [
      { channel: "web", reached: 3, branches: [branch("growing", 2, 3, 3), branch("big", 3, 2, 0), branch("empty", 4, 0, 0)] },
      { channel: "email", reached: 2, branches: [branch("big", 1, 2, 2)] },
    ];
    expect([...shadowedProfiles(channels)]).toEqual(["web:big"]);
  });

  it("orders branches by priority, unprioritised last", () => {
    expect(treeOrder([branch("c", null, 0, 0), branch("b", 2, 0, 0), branch("a", 1, 0, 0)]).map((b) => b.profileId)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("says how much of the sample was read", () => {
    expect(sampleLine({ totalRows: 0, rowsUsed: 0 })).toBe("The Sample data sheet has no rows yet.");
    expect(sampleLine({ totalRows: 9, rowsUsed: 9 })).toBe("Based on all 9 sample rows.");
    expect(sampleLine({ totalRows: 1_000_000, rowsUsed: 50_000 })).toBe("Based on 50,000 of 1,000,000 sample rows.");
    expect(people(1)).toBe("1 person");
    expect(people(1200)).toBe("1,200 people");
  });
});

/** WCAG relative luminance and contrast ratio, to prove every shade keeps its count readable. */
const luminance = (css: string) => {
  const [r, g, b] = (css.startsWith("#") ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) : css.match(/\d+/g)!.map(Number)).map(
    (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    },
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("overlap heat map", () => {
  it("scales by the largest overlap off the diagonal", () => {
    expect(
      overlapMax([
        [50, 3],
        [3, 20],
      ]),
    ).toBe(3);
    expect(overlapMax([[5]])).toBe(0);
  });

  it("goes from white to dark blue, and a zero maximum stays white", () => {
    expect(heatColours(0, 10)).toMatchObject({ background: "rgb(255, 255, 255)", share: 0 });
    expect(heatColours(10, 10)).toMatchObject({ background: "rgb(23, 78, 166)", color: "#ffffff", share: 1 });
    expect(heatColours(3, 0).share).toBe(0);
  });

  it("gets darker as the overlap grows", () => {
    const lightness = (count: number) => luminance(heatColours(count, 100).background);
    for (let count = 1; count <= 100; count++) expect(lightness(count)).toBeLessThan(lightness(count - 1));
  });

  it("keeps text at 4.5:1 or more against every shade", () => {
    for (let count = 0; count <= 100; count++) {
      const { background, color } = heatColours(count, 100);
      expect(contrast(background, color), `count ${count}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
