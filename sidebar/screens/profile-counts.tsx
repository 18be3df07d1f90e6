import type { PreviewReport } from "../../src/domain/api/insight";

/** Per profile: who is eligible, who drops out (suppressed, below threshold), who is a member. */
export function ProfileCounts({ profiles }: { profiles: PreviewReport["profiles"] }) {
  return (
    <table class="data-table">
      <caption>Audience size per profile</caption>
      <thead>
        <tr>
          <th scope="col">Profile</th>
          <th scope="col" class="num">
            Eligible
          </th>
          <th scope="col" class="num">
            Members
          </th>
        </tr>
      </thead>
      <tbody>
        {profiles.map((profile) => (
          <tr key={profile.profileId}>
            <th scope="row">
              <span class="mono">{profile.profileId}</span>
              {(profile.suppressed > 0 || profile.belowThreshold > 0) && (
                <span class="cell-note">
                  {[
                    profile.suppressed > 0 && `${profile.suppressed} suppressed`,
                    profile.belowThreshold > 0 && `${profile.belowThreshold} below threshold`,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </span>
              )}
            </th>
            <td class="num">{profile.eligible}</td>
            <td class="num">{profile.members}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
