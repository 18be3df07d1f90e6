import { useRef, useState } from "preact/hooks";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { SelectField } from "../components/select-field";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { pickProblem } from "../view/pick-list";
import { WhereUsedResult } from "./where-used-result";

/**
 * Where used: what depends on an attribute, before someone edits or retires
 * it. A person either selects the attribute's row on 2 Attributes or picks
 * its ID from the list (the status holds 2 Attributes' IDs). A lookup that
 * fails clears the last answer: it was about another attribute.
 */
export function WhereUsedPanel({ call, attributeIds }: { call: Call; attributeIds: readonly string[] }) {
  const [attributeId, setAttributeId] = useState("");
  const [bySelection, setBySelection] = useState(true);
  const [refusal, setRefusal] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const lookup = useAction(call, "whereUsed");
  const find = async (input: { attributeId: string } | undefined) => {
    setBySelection(input === undefined);
    setRefusal(null);
    const result = await lookup.run(input);
    // Nothing selected on the sheet: the list is the other way in, so it gets the focus.
    if (!result.ok && input === undefined) selectRef.current?.focus();
  };
  const resultRef = useFocusOn<HTMLHeadingElement>(lookup.value);
  const current = lookup.error ? null : lookup.value;

  return (
    <>
      <Card title="Where is an attribute used?">
        <p class="card-intro">Lists the profiles, activations and channels that depend on an attribute.</p>
        <div class="stack stack--tight">
          <Button variant="primary" busy={lookup.busy && bySelection} busyLabel="Looking…" onClick={() => void find(undefined)}>
            Where is the selected attribute used?
          </Button>
          <p class="field-hint">Select any cell in the attribute's row on 2 Attributes first.</p>
          {lookup.error && (
            <Banner kind="error" title="Nothing to show">
              <p>{lookup.error}</p>
            </Banner>
          )}
          <form
            class="stack stack--tight"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const problem = pickProblem("attribute", attributeIds, attributeId);
              setRefusal(problem);
              if (problem) selectRef.current?.focus();
              else void find({ attributeId });
            }}
          >
            <SelectField
              label="Or choose an attribute"
              value={attributeId}
              options={attributeIds}
              placeholder="Choose an attribute"
              error={refusal}
              selectRef={selectRef}
              onChange={(value) => {
                setAttributeId(value);
                setRefusal(null);
              }}
            >
              <Button type="submit" small busy={lookup.busy && !bySelection} busyLabel="Looking…">
                Show
              </Button>
            </SelectField>
          </form>
        </div>
      </Card>
      {current && <WhereUsedResult result={current} headingRef={resultRef} />}
    </>
  );
}
