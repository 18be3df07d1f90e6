import { useState } from "preact/hooks";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { TextField } from "../components/text-field";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { WhereUsedResult } from "./where-used-result";

/**
 * Where used: what depends on an attribute, before someone edits or retires
 * it. There is no attribute list in the API, so a person either types an ID
 * or selects the attribute's row on 2 Attributes.
 */
export function WhereUsedPanel({ call }: { call: Call }) {
  const [attributeId, setAttributeId] = useState("");
  const [bySelection, setBySelection] = useState(true);
  const lookup = useAction(call, "whereUsed");
  const find = (input: { attributeId: string } | undefined) => {
    setBySelection(input === undefined);
    void lookup.run(input);
  };
  const resultRef = useFocusOn<HTMLHeadingElement>(lookup.value);

  return (
    <>
      <Card title="Where is an attribute used?">
        <p class="card-intro">Lists the profiles, activations and channels that depend on an attribute.</p>
        <div class="stack stack--tight">
          <Button variant="primary" busy={lookup.busy && bySelection} busyLabel="Looking…" onClick={() => find(undefined)}>
            Where is the selected attribute used?
          </Button>
          <p class="field-hint">Select any cell in the attribute's row on 2 Attributes first.</p>
          <form
            class="stack stack--tight"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (attributeId.trim()) find({ attributeId: attributeId.trim() });
            }}
          >
            <TextField label="Or type an Attribute ID" value={attributeId} onInput={setAttributeId} placeholder="e.g. signup_date" />
            <div class="actions">
              <Button type="submit" busy={lookup.busy && !bySelection} busyLabel="Looking…">
                Show where used
              </Button>
            </div>
          </form>
          {lookup.error && (
            <Banner kind="error" title="Nothing to show">
              <p>{lookup.error}</p>
            </Banner>
          )}
        </div>
      </Card>
      {lookup.value && <WhereUsedResult result={lookup.value} headingRef={resultRef} />}
    </>
  );
}
