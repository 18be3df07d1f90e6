import { useId, useState } from "preact/hooks";
import type { DialectName } from "../../src/domain/sql/dialect";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Checkbox } from "../components/checkbox";
import { CopyButton } from "../components/copy-button";
import { RadioGroup } from "../components/radio-group";
import { useAction } from "../state/use-action";
import { DIALECT_OPTIONS } from "../view/sql";

/**
 * A profile's SQL for the warehouse. One call returns every dialect, so
 * switching dialects costs no round trip.
 */
export function SqlCard({ call, profileIds }: { call: Call; profileIds: readonly string[] }) {
  const [profileId, setProfileId] = useState("");
  const [dialect, setDialect] = useState<DialectName>("bigquery");
  const [whereOnly, setWhereOnly] = useState(false);
  const sql = useAction(call, "getProfileSql");
  const inputId = useId();
  const listId = useId();
  const shown = sql.value ? sql.value.sql[dialect][whereOnly ? "where" : "select"] : null;

  return (
    <Card title="SQL for the warehouse">
      <div class="stack stack--tight">
        <form
          class="stack stack--tight"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (profileId.trim()) void sql.run({ profileId: profileId.trim() });
          }}
        >
          <div class="field">
            <label class="field-label" for={inputId}>
              Profile ID
            </label>
            <div class="inline-form">
              <input
                id={inputId}
                class="field-input"
                list={listId}
                value={profileId}
                autoComplete="off"
                spellcheck={false}
                onInput={(event) => setProfileId(event.currentTarget.value)}
              />
              <Button type="submit" small busy={sql.busy} busyLabel="Compiling…">
                Show SQL
              </Button>
            </div>
            <datalist id={listId}>
              {profileIds.map((id) => (
                <option key={id} value={id} />
              ))}
            </datalist>
          </div>
        </form>
        {sql.error && (
          <Banner kind="error" title="No SQL">
            <p>{sql.error}</p>
          </Banner>
        )}
        {sql.value && shown !== null && (
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
