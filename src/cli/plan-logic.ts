// Parses and type-checks every expression of a plan's profiles once; the
// validate and compile commands share the result.

import { analyzeExpression } from "../domain/logic";
import type { AttributeInfo, LogicError, Node } from "../domain/logic";
import type { PlanProfile } from "./plan-file";

export type LogicField = "eligibility" | "suppression" | "score";

export interface LogicProblem {
  profileId: string;
  field: LogicField | "scoreThreshold";
  message: string;
  /** The expression with a caret under the problem, when there is one. */
  caret?: string;
}

export interface CheckedProfile {
  profile: PlanProfile;
  eligibility?: Node;
  suppression?: Node;
  score?: Node;
  problems: LogicProblem[];
}

const EXPECTED: Record<LogicField, "boolean" | "number"> = { eligibility: "boolean", suppression: "boolean", score: "number" };

export function checkProfile(profile: PlanProfile, attributes: ReadonlyMap<string, AttributeInfo>): CheckedProfile {
  const checked: CheckedProfile = { profile, problems: [] };
  const problem = (field: LogicProblem["field"], message: string, error?: LogicError) =>
    checked.problems.push({ profileId: profile.id, field, message, ...(error?.caret ? { caret: error.caret } : {}) });
  if (profile.eligibility === null) problem("eligibility", "Eligibility is empty: write who the profile is for, e.g. plan = \"free\"");
  for (const field of ["eligibility", "suppression", "score"] as const) {
    const text = profile[field];
    if (text === null) continue;
    const analysis = analyzeExpression(text, attributes, EXPECTED[field]);
    for (const error of analysis.errors) problem(field, error.message, error);
    if (analysis.ok) checked[field] = analysis.ast;
  }
  if (profile.score !== null && profile.scoreThreshold === null) {
    problem("scoreThreshold", "Score threshold is needed when a Score is set: people belong to the profile when Score ≥ Score threshold");
  }
  return checked;
}

export function formatProblem(problem: LogicProblem): string {
  const head = `profile ${problem.profileId}, ${problem.field}: ${problem.message}`;
  return problem.caret ? `${head}\n${indent(problem.caret)}` : head;
}

const indent = (text: string): string => text.split("\n").map((line) => `    ${line}`).join("\n");
