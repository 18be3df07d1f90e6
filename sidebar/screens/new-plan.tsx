import type { ComponentChildren } from "preact";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Checkbox } from "../components/checkbox";
import { Fieldset } from "../components/fieldset";
import { RadioGroup } from "../components/radio-group";
import { TextField } from "../components/text-field";
import { CHANNELS } from "../../src/domain/schema/vocabulary";
import { PATTERN_OPTIONS } from "../view/patterns";
import { ROLE_FIELDS, toggleChannel, type PlanForm } from "../view/plan-form";

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
 * a refresh never loses what was typed; the server checks every field and
 * its message shows in the banner above the button.
 */
export function NewPlan({ form, onChange, onSubmit, submitting, error, missingSheets, report, importCard }: NewPlanProps) {
  const set =
    <K extends keyof PlanForm>(key: K) =>
    (value: PlanForm[K]) =>
      onChange({ ...form, [key]: value });
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
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitting) onSubmit();
        }}
      >
        <Card title="Program">
          <TextField label="Initiative" required value={form.initiative} onInput={set("initiative")} placeholder="e.g. PLG Onboarding" />
          <Fieldset legend="Channels" hint="Where profiles will be activated." layout="wrap">
            {CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                label={channel}
                checked={form.channels.includes(channel)}
                onChange={(checked) => onChange({ ...form, channels: toggleChannel(form.channels, channel, checked) })}
              />
            ))}
          </Fieldset>
          <TextField
            label="Metrics"
            multiline
            value={form.metrics}
            onInput={set("metrics")}
            hint="KPIs: activation rate, pipeline $, retention…"
          />
          <TextField
            label="Constraints"
            multiline
            value={form.constraints}
            onInput={set("constraints")}
            hint="Compliance, consent or tooling notes."
          />
          <TextField label="Timeline" value={form.timeline} onInput={set("timeline")} placeholder="e.g. Q3, launch by 30 Sep" />
        </Card>
        <Card title="Pattern">
          <RadioGroup legend="How the stages run" options={PATTERN_OPTIONS} value={form.pattern} onChange={set("pattern")} />
        </Card>
        <Card title="Escalation ladder">
          <p class="card-intro">
            Who is alerted, in this order, when a blocker persists, and the Customer Data Engineer, who checks data feasibility.
          </p>
          {ROLE_FIELDS.map(({ key, label, hint }) => (
            <TextField key={key} label={label} type="email" value={form[key]} onInput={set(key)} hint={hint} autoComplete="email" />
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
