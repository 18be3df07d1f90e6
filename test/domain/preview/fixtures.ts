// Builders for preview tests: profiles from logic text, compiled once.

import { parseExpression } from "../../../src/domain/logic";
import type { Node } from "../../../src/domain/logic";
import { compileProfileEvaluator } from "../../../src/domain/preview";
import type { ProfileEvaluator } from "../../../src/domain/preview";

export function parse(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

export interface ProfileText {
  id: string;
  eligibility: string;
  suppression?: string;
  score?: string;
  scoreThreshold?: number;
  priority?: number;
}

export function mockProfile({ id, eligibility, suppression, score, scoreThreshold, priority }: ProfileText): ProfileEvaluator {
  return compileProfileEvaluator({
    id,
    priority,
    eligibility: parse(eligibility),
    suppression: suppression === undefined ? null : parse(suppression),
    score: score === undefined ? null : parse(score),
    scoreThreshold,
  });
}
