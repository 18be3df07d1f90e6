// The text of --help: every command, option and exit code.

export const HELP = `personalization-profiles — check and compile an exported Personalization Profiles plan

Usage:
  personalization-profiles validate <plan.json>
  personalization-profiles compile <plan.json> --dialect <bigquery|snowflake|postgres|duckdb>
                                   [--table <name>] [--id-column <name>] [--now <ISO timestamp>]
  personalization-profiles diff <old.json> <new.json> [--fail-on breaking|any|none]
  personalization-profiles --help

Commands:
  validate   Parse and type-check every profile's Eligibility, Suppression and Score
             against the plan's attributes; check that activations name real profiles.
  compile    Print one SELECT of member IDs per profile. --table defaults to "people",
             --id-column to "person_id"; attributes with a Source field read that column.
             Without --now the SQL uses the warehouse's current time.
  diff       Print added (+), removed (-) and changed (~) attributes, profiles and
             activations, field by field, and mark breaking changes.

Exit codes:
  0  no errors (validate, compile); no failing changes (diff)
  1  the plan has errors, is not a plan, or diff found changes that fail (--fail-on)
  2  usage error: unknown command or option, missing argument, unreadable file
`;
