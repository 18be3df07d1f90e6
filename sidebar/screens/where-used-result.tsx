import type { Ref } from "preact";
import { ChipList } from "../components/chip-list";
import type { WhereUsed } from "../../src/domain/api/insight";
import { Card } from "../components/card";

/** The profiles (and which of their fields), activations and channels that use one attribute. */
export function WhereUsedResult({ result, headingRef }: { result: WhereUsed; headingRef: Ref<HTMLHeadingElement> }) {
  const unused = result.profiles.length === 0;
  return (
    <Card>
      <h2 class="card-title" tabIndex={-1} ref={headingRef}>
        <span class="mono">{result.attributeId}</span>
        {result.displayName && result.displayName !== result.attributeId ? ` (${result.displayName})` : ""}
      </h2>
      {unused ? (
        <p>No profile uses it: editing or retiring it affects no audience.</p>
      ) : (
        <div class="stack stack--tight">
          <section aria-label="Profiles">
            <h3 class="group-title">Profiles ({result.profiles.length})</h3>
            <ul class="plain-list">
              {result.profiles.map((profile) => (
                <li key={profile.profileId}>
                  <span class="mono">{profile.profileId}</span>
                  {profile.name ? ` ${profile.name}` : ""} <span class="muted">in {profile.fields.join(", ")}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-label="Activations">
            <h3 class="group-title">Activations ({result.activations.length})</h3>
            <ul class="plain-list">
              {result.activations.map((activation) => (
                <li key={`${activation.profileId}-${activation.channel}`}>
                  <span class="mono">{activation.profileId}</span> → {activation.channel}
                  {activation.destination ? <span class="muted"> ({activation.destination})</span> : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-label="Channels">
            <h3 class="group-title">Channels</h3>
            <ChipList items={result.channels} />
          </section>
        </div>
      )}
    </Card>
  );
}
