// The text of --help: every command, option and exit code.

export const HELP = `personalization-profiles — check, compile and compare plan files exported by the Personalization Profiles add-on

Usage:
  personalization-profiles validate <plan.json> [--fail-on error|warning] [--now <ISO timestamp>]
  personalization-profiles compile <plan.json> --dialect <bigquery|snowflake|postgres|duckdb>
                                   [--table <name>] [--id-column <name>] [--now <ISO timestamp>]
  personalization-profiles diff <old.json> <new.json> [--fail-on breaking|any|none]
  personalization-profiles --help

Commands:
  validate   Run the add-on's validation on the plan and print every finding at its
             sheet, row and column, as the sidebar shows it. Errors fail; with
             --fail-on warning, warnings fail too. Profile tests (and their relative
             dates, today - 3d) and review dates are judged at --now, default the
             current time.
  compile    Print one SELECT of member IDs per profile. --table defaults to "people",
             --id-column to "person_id"; attributes with a Source field read that column.
             Without --now the SQL uses the warehouse's current time. Profiles whose
             logic has errors are skipped and named on stderr.
  diff       Print added (+), removed (-) and changed (~) rows of every section, field
             by field, breaking changes first and marked. Fails on breaking changes
             unless --fail-on says any (every change fails) or none.

Exit codes:
  0  no failing findings (validate); every profile compiled (compile); no failing changes (diff)
  1  the plan has errors, is not a plan file, or diff found changes that fail (--fail-on)
  2  usage error: unknown command or option, missing argument, unreadable file
`;
