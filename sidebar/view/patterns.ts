import type { Pattern } from "./plan-form";

/** One line per pattern: enough to choose without reading the docs. */
export const PATTERN_OPTIONS: readonly { value: Pattern; label: string; description: string }[] = [
  {
    value: "diamond",
    label: "Diamond",
    description: "Objectives and the attribute inventory run in parallel, then reconverge into activation and governance.",
  },
  {
    value: "pipeline",
    label: "Pipeline",
    description: "Stages run one after another: objectives, attributes, profiles, activation, governance.",
  },
];

export function patternLabel(pattern: string | null): string {
  return PATTERN_OPTIONS.find((option) => option.value === pattern)?.label ?? "Not set";
}
