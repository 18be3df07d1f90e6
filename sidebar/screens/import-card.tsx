import { useState } from "preact/hooks";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { RefusalBanner } from "./refusal-banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { RadioGroup } from "../components/radio-group";
import { TextField } from "../components/text-field";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { parseBulletMessage } from "../view/changes";
import { importSource, restoredLines, type ImportForm } from "../view/import-form";

const SOURCES = [
  { value: "json", label: "Paste the plan file", description: "The text of a plan-….json file." },
  { value: "fileId", label: "A Drive file ID", description: "From the file's link: …/file/d/<ID>/view." },
] as const;

/**
 * Import plan: restores the sheets from a plan file, or changes nothing and
 * lists why. The pasted text stays in the field whatever the outcome.
 */
export function ImportCard({ call }: { call: Call }) {
  const [form, setForm] = useState<ImportForm>({ source: "json", json: "", fileId: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const importer = useAction(call, "importPlan");
  const resultRef = useFocusOn<HTMLDivElement>(importer.value);
  const errorRef = useFocusOn<HTMLDivElement>(importer.error ?? problem);

  const submit = async () => {
    const source = importSource(form);
    setProblem(source.ok ? null : source.message);
    if (!source.ok) return;
    // The reply carries the workbook's new status (status-sync.ts).
    await importer.run(source.value);
  };
  const failure = importer.error ?? problem;
  const refusal = failure ? parseBulletMessage(failure) : null;

  return (
    <Card title="Import plan">
      <p class="card-intro">Restores every sheet from an exported plan. If anything is wrong, nothing changes.</p>
      <form
        class="stack stack--tight"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <RadioGroup legend="Import from" options={SOURCES} value={form.source} onChange={(source) => setForm({ ...form, source })} />
        {form.source === "json" ? (
          <TextField
            label="Plan file text"
            multiline
            rows={5}
            monospace
            value={form.json}
            onInput={(json) => setForm({ ...form, json })}
            placeholder='{"schemaVersion": …}'
          />
        ) : (
          <TextField label="Drive file ID" value={form.fileId} onInput={(fileId) => setForm({ ...form, fileId })} />
        )}
        <div class="actions">
          <Button type="submit" busy={importer.busy} busyLabel="Importing…">
            Import
          </Button>
        </div>
        {refusal && <RefusalBanner refusal={refusal} title="The plan was not imported" focusRef={errorRef} />}
        {importer.value && !failure && (
          <Banner kind="success" title={`Imported ${importer.value.planId} v${importer.value.version}`} focusRef={resultRef}>
            <ul class="banner-list">
              {restoredLines(importer.value).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Banner>
        )}
      </form>
    </Card>
  );
}
