// The duration rule: a duration literal (14d, 12h, 8w) has no value of its
// own. It may only be compared with a call to days_since or hours_since, and
// then counts in that function's unit: days_since(x) <= 2w compares with 14,
// hours_since(x) < 1d compares with 24. Checker and evaluators share this.

import { CALL, DURATION } from "./ast";
import type { DurationNode, Node } from "./ast";
import { durationIn } from "./values";

/** The unit a duration compared with `other` counts in, if `other` allows durations. */
export function durationTarget(other: Node): "days" | "hours" | undefined {
  if (other.type !== CALL) return undefined;
  if (other.callee === "days_since") return "days";
  if (other.callee === "hours_since") return "hours";
  return undefined;
}

/** The number a duration stands for next to `other`; null where durations are not allowed. */
export function durationValue(duration: DurationNode, other: Node): number | null {
  const target = durationTarget(other);
  return target === undefined ? null : durationIn(duration.amount, duration.unit, target);
}

export function isDuration(node: Node): node is DurationNode {
  return node.type === DURATION;
}
