import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Checkbox } from "../components/checkbox";
import { Fieldset } from "../components/fieldset";
import { RadioGroup } from "../components/radio-group";
import { TextField } from "../components/text-field";
import { CHANNELS } from "../../src/domain/schema/vocabulary";
import { PATTERN_OPTIONS } from "../view/patterns";
import { type FieldProblems, fieldProblems, ROLE_FIELDS, toggleChannel, type PlanForm } from "../view/plan-form";

export interface NewPlanProps {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  onSubmit: () => void;
  submitting: boolean;
  error: string | null;
  /** Sheets the workbook lacks although a Plan exists (someone deleted one). */
  missingSheets: string[];
  /** The last setup report, shown above the form when sheets were skipped. */
  report?: ComponentChildren;
  /** Import plan, for a team that already has a plan file. */
  importCard?: ComponentChildren;
}

/**
 * The New plan form. Its values live in the parent, so a failed submit or
 * a refresh never loses what was typed. A field the schema refuses is marked
 * on the field itself (aria-invalid, the reason under it) and gets the focus,
 * before any round trip; what only the server can refuse shows in the banner
 * above the button.
 */
export function NewPlan({ form, onChange, onSubmit, submitting, error, missingSheets, report, importCard }: NewPlanProps) {
  const [problems, setProblems] = useState<FieldProblems>({});
  // Each refused submit moves the focus to the first marked field (not each keystroke that clears a mark).
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid] input')?.focus();
  }, [refusals]);
  const change = (key: keyof PlanForm, next: PlanForm) => {
    // Typing in a marked field takes its mark away; the next submit checks again.
    if (problems[key]) setProblems({ ...problems, [key]: undefined });
    onChange(next);
  };
  const set =
    <K extends keyof PlanForm>(key: K) =>
    (value: PlanForm[K]) =>
      change(key, { ...form, [key]: value });
  return (
    <main class="stack">
      <header>
        <h1 class="screen-title">New plan</h1>
        <p class="screen-intro">Describe the program. Set up sheets then adds one sheet per stage, with headers, notes and dropdowns.</p>
      </header>
      {report}
      {missingSheets.length > 0 && form.initiative && (
        <Banner kind="info" title="Some sheets are missing">
          <p>{missingSheets.join(", ")}. Set up sheets adds them back and keeps every existing row.</p>
        </Banner>
      )}
      <form
        class="stack"
        noValidate
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          if (submitting) return;
          const refused = fieldProblems(form);
          setProblems(refused);
          if (Object.keys(refused).length === 0) onSubmit();
          else setRefusals(refusals + 1);
        }}
      >
        <Card title="Program">
          <TextField
            label="Initiative"
            required
            value={form.initiative}
            onInput={set("initiative")}
            placeholder="e.g. PLG Onboarding"
            error={problems.initiative}
          />
          <Fieldset legend="Channels" hint="Where profiles will be activated." layout="wrap" error={problems.channels}>
            {CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                label={channel}
                checked={form.channels.includes(channel)}
                onChange={(checked) => change("channels", { ...form, channels: toggleChannel(form.channels, channel, checked) })}
              />
            ))}
          </Fieldset>
          <TextField
            label="Metrics"
            multiline
            value={form.metrics}
            onInput={set("metrics")}
            error={problems.metrics}
            hint="KPIs: activation rate, pipeline $, retention…"
          />
          <TextField
            label="Constraints"
            multiline
            value={form.constraints}
            onInput={set("constraints")}
            error={problems.constraints}
            hint="Compliance, consent or tooling notes."
          />
          <TextField
            label="Timeline"
            value={form.timeline}
            onInput={set("timeline")}
            placeholder="e.g. Q3, launch by 30 Sep"
            error={problems.timeline}
          />
        </Card>
        <Card title="Pattern">
          <RadioGroup legend="How the stages run" options={PATTERN_OPTIONS} value={form.pattern} onChange={set("pattern")} />
        </Card>
        <Card title="Escalation ladder">
          <p class="card-intro">
            Who is alerted, in this order, when a blocker persists, and the Customer Data Engineer, who checks data feasibility.
          </p>
          {ROLE_FIELDS.map(({ key, label, hint }) => (
            <TextField
              key={key}
              label={label}
              type="email"
              value={form[key]}
              onInput={set(key)}
              hint={hint}
              autoComplete="email"
              error={problems[key]}
            />
          ))}
        </Card>
        {error && (
          <Banner kind="error" title="The sheets were not set up">
            <p>{error}</p>
          </Banner>
        )}
        <div class="actions">
          <Button type="submit" variant="primary" busy={submitting} busyLabel="Setting up sheets…">
            Set up sheets
          </Button>
        </div>
      </form>
      {importCard}
    </main>
  );
}
