import { useRef, useState } from "preact/hooks";
import type { DialectName } from "../../src/domain/sql/dialect";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Checkbox } from "../components/checkbox";
import { CopyButton } from "../components/copy-button";
import { RadioGroup } from "../components/radio-group";
import { SelectField } from "../components/select-field";
import { useAction } from "../state/use-action";
import { pickProblem } from "../view/pick-list";
import { DIALECT_OPTIONS } from "../view/sql";

/**
 * A profile's SQL for the warehouse, picked from 3 Profiles' IDs (the
 * status lists them). One call returns every dialect, so switching dialects
 * costs no round trip.
 */
export function SqlCard({ call, profileIds }: { call: Call; profileIds: readonly string[] }) {
  const [profileId, setProfileId] = useState("");
  const [dialect, setDialect] = useState<DialectName>("bigquery");
  const [whereOnly, setWhereOnly] = useState(false);
  const sql = useAction(call, "getProfileSql");
  const [refusal, setRefusal] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const shown = sql.value ? sql.value.sql[dialect][whereOnly ? "where" : "select"] : null;

  return (
    <Card title="SQL for the warehouse">
      <div class="stack stack--tight">
        <form
          class="stack stack--tight"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const problem = pickProblem("profile", profileIds, profileId);
            setRefusal(problem);
            if (problem) selectRef.current?.focus();
            else void sql.run({ profileId });
          }}
        >
          <SelectField
            label="Profile"
            value={profileId}
            options={profileIds}
            placeholder="Choose a profile"
            error={refusal}
            selectRef={selectRef}
            onChange={(value) => {
              setProfileId(value);
              setRefusal(null);
            }}
          >
            <Button type="submit" small busy={sql.busy} busyLabel="Compiling…">
              Show SQL
            </Button>
          </SelectField>
        </form>
        {sql.error && (
          <Banner kind="error" title="No SQL">
            <p>{sql.error}</p>
          </Banner>
        )}
        {sql.value && !sql.error && shown !== null && (
          <div class="stack stack--tight sql-result">
            <RadioGroup
              legend={`Dialect for ${sql.value.profileId}`}
              options={DIALECT_OPTIONS}
              value={dialect}
              onChange={setDialect}
              layout="wrap"
            />
            <Checkbox label="Only the WHERE clause" checked={whereOnly} onChange={setWhereOnly} />
            <pre
              class="code-block"
              tabIndex={0}
              aria-label={`${whereOnly ? "WHERE clause" : "SELECT statement"} for ${sql.value.profileId}`}
            >
              {shown}
            </pre>
            <CopyButton text={shown} label="Copy SQL" />
            {sql.value.decayNote && <p class="muted">{sql.value.decayNote}</p>}
          </div>
        )}
      </div>
    </Card>
  );
}
