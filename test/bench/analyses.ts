import { analyzeDeadLogic } from "../../src/domain/analysis/dead-logic";
import { validateWorkbook } from "../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../fixtures/example-workbook";
import { largeExample } from "../fixtures/large-workbook";
import { medianMs, round } from "./measure";

/** Apps Script runs this kind of code roughly 10× slower than Node on a laptop (an estimate, not a measurement). */
const APPS_SCRIPT_FACTOR = 10;

/**
 * Validation of 500 profiles and 2,000 profile tests, with and without the
 * profile tests and the dead-logic and shadowing analyses; and the analysis
 * time per expression, median and worst.
 */
export function analysisFigures() {
  const example = largeExample({ attributes: 400, profiles: 500, activations: 1_500 });
  const seeds = exampleWorkbook().sheets["Profile tests"];
  example.sheets["Profile tests"] = Array.from({ length: 2_000 }, (_, i) => {
    const profile = `profile-${i % 500}`;
    return {
      ...seeds[i % 3],
      "Test ID": `T-${i}`,
      "Profile ID": profile,
      Person: `attr_${(i * 7) % 400} = null; attr_${(i * 7 + 1) % 400} = true`,
      Expected: "not eligible",
    };
  });
  const raw = toRaw(example);
  const now = new Date("2026-11-25T00:00:00Z");
  const without = medianMs(() => validateWorkbook(raw, { now, analyses: false }), 3);
  const withAnalyses = medianMs(() => validateWorkbook(raw, { now }), 3);

  const { context } = validateWorkbook(raw, { now, analyses: false });
  const times: number[] = [];
  for (const logic of context.logic.values()) {
    if (!logic.eligibility) continue;
    const started = performance.now();
    analyzeDeadLogic(logic.eligibility, context.attributeTypes);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [
    {
      "validation ms (no tests, no analysis)": round(without),
      "validation ms (2,000 tests + analyses)": round(withAnalyses),
      "with / without": round(withAnalyses / without),
      "projected Apps Script s (×10 estimate)": round((withAnalyses * APPS_SCRIPT_FACTOR) / 1000, 1),
      "analysis per expression median ms": round(times[Math.floor(times.length / 2)], 3),
      "worst ms": round(times[times.length - 1], 3),
    },
  ];
}
