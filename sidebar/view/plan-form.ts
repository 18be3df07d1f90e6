import * as z from "zod/mini";
import type { MethodInput, Status } from "../../src/domain/api/contract";
import { FALLBACK_AGENTS } from "../../src/domain/governance/roles";
import { ROLE_NAMES, type RoleKey } from "../../src/domain/schema/roles";
import { describeColumns } from "../../src/domain/schema/columns";
import { PlanInputsRow } from "../../src/domain/schema/plan-inputs";
import { SetupInput } from "../../src/domain/api/setup-input";
import { CHANNELS, PATTERNS } from "../../src/domain/schema/vocabulary";

export type Channel = (typeof CHANNELS)[number];
export type Pattern = (typeof PATTERNS)[number];

const isRole = (key: string): key is RoleKey => Object.hasOwn(ROLE_NAMES, key);

/**
 * The brief's roles as the form asks for them: in the Plan sheet's order and
 * under its labels (both from the Plan row schema), each saying whom it
 * covers as a fallback agent.
 */
export const ROLE_FIELDS: readonly { key: RoleKey; label: string; hint: string }[] = describeColumns(PlanInputsRow).flatMap(
  ({ key, label }) => {
    if (!isRole(key)) return [];
    const covers = (Object.keys(FALLBACK_AGENTS) as RoleKey[]).filter((other) => FALLBACK_AGENTS[other].includes(key));
    return [{ key, label, hint: `Covers the ${covers.map((other) => ROLE_NAMES[other]).join(" and the ")} when that cell is empty.` }];
  },
);

/** The New plan form exactly as typed: kept whole across failed submits. */
export type PlanForm = {
  initiative: string;
  channels: Channel[];
  metrics: string;
  constraints: string;
  timeline: string;
  pattern: Pattern;
} & Record<RoleKey, string>;

export const emptyPlanForm: PlanForm = {
  initiative: "",
  channels: [],
  metrics: "",
  constraints: "",
  timeline: "",
  pattern: "diamond",
  architect: "",
  privacyLead: "",
  execSponsor: "",
  customerDataEngineer: "",
};

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
export const isPattern = (value: string | null): value is Pattern => value !== null && (PATTERNS as readonly string[]).includes(value);

/** Ticks or unticks a channel, keeping the vocabulary's order so the Plan sheet reads the same every time. */
export function toggleChannel(channels: readonly Channel[], channel: Channel, checked: boolean): Channel[] {
  const chosen = new Set(channels);
  if (checked) chosen.add(channel);
  else chosen.delete(channel);
  return CHANNELS.filter((candidate) => chosen.has(candidate));
}

/** Optional fields left blank are omitted, so a re-run never blanks a value already in the Plan sheet. */
export function toSetupInput(form: PlanForm): MethodInput<"setupSheets"> {
  const input: MethodInput<"setupSheets"> = { initiative: form.initiative.trim(), channels: [...form.channels], pattern: form.pattern };
  for (const key of ["metrics", "constraints", "timeline", ...ROLE_FIELDS.map((field) => field.key)] as const) {
    const value = form[key].trim();
    if (value) input[key] = value;
  }
  return input;
}

/** Starts the form from what the Plan sheet already holds (e.g. when a sheet went missing). */
export function formFromStatus(status: Status): PlanForm {
  return {
    ...emptyPlanForm,
    initiative: status.plan.initiative ?? "",
    channels: status.plan.channels.filter(isChannel),
    pattern: isPattern(status.plan.pattern) ? status.plan.pattern : emptyPlanForm.pattern,
  };
}

/** The inputs a "Set up sheets" re-run sends: only what the Plan names, so every other value is kept. */
export function rerunInput(status: Status): MethodInput<"setupSheets"> {
  const input: MethodInput<"setupSheets"> = { initiative: status.plan.initiative ?? "", channels: status.plan.channels as Channel[] };
  if (isPattern(status.plan.pattern)) input.pattern = status.plan.pattern;
  return input;
}

export type FieldProblems = Partial<Record<keyof PlanForm, string>>;

/**
 * What the server would refuse, field by field, from the same schema it
 * parses with: each refused field is marked where the person types, before
 * any round trip. The server still checks everything.
 */
export function fieldProblems(form: PlanForm): FieldProblems {
  const parsed = z.safeParse(SetupInput, toSetupInput(form));
  const problems: FieldProblems = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string" && key in form) problems[key as keyof PlanForm] ??= issue.message;
  }
  return problems;
}
