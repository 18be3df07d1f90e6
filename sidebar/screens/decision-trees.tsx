import type { PreviewReport } from "../../src/domain/api/insight";
import { people, shadowedProfiles, treeOrder } from "../view/preview";

/**
 * Per channel, the decision tree: profiles in priority order and how many
 * people each one actually receives. A profile whose members all go to a
 * higher-priority one is marked shadowed.
 */
export function DecisionTrees({ channels }: { channels: PreviewReport["channels"] }) {
  const shadowed = shadowedProfiles(channels);
  return (
    <div class="stack stack--tight">
      {channels.map((channel) => (
        <section key={channel.channel} class="tree" aria-label={`Decision tree for ${channel.channel}`}>
          <h3 class="group-title">
            {channel.channel} <span class="muted">· reaches {people(channel.reached)}</span>
          </h3>
          <ol class="tree-branches">
            {treeOrder(channel.branches).map((branch) => {
              const isShadowed = shadowed.has(`${channel.channel}:${branch.profileId}`);
              return (
                <li key={branch.profileId} class={isShadowed ? "branch branch--shadowed" : "branch"}>
                  <span class="branch-head">
                    <span class="mono">{branch.profileId}</span>{" "}
                    <span class="muted">· {branch.priority === null ? "no priority" : `priority ${branch.priority}`}</span>
                  </span>
                  <span>
                    receives {branch.receives} of {branch.members} {branch.members === 1 ? "member" : "members"}
                  </span>
                  {isShadowed && <span class="badge badge--warning">Shadowed: higher priorities take everyone</span>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
