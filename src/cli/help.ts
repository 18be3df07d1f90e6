// The text of --help: every command, option and exit code.

export const HELP = `personalization-profiles — check, compile, estimate and compare plan files exported by the Personalization Profiles add-on

Usage:
  personalization-profiles validate <plan.json> [--fail-on error|warning] [--now <ISO timestamp>]
  personalization-profiles compile <plan.json> --dialect <bigquery|snowflake|postgres|duckdb>
                                   [--table <name>] [--id-column <name>] [--now <ISO timestamp>] [--scan]
  personalization-profiles estimate <plan.json> <people.csv|people.parquet|people.duckdb>
                                   [--table <name>] [--now <ISO timestamp>] [--fail-on error|warning]
                                   [--format text|json]
  personalization-profiles diff <old.json> <new.json> [--fail-on breaking|any|none]
  personalization-profiles --help

Commands:
  validate   Run the add-on's validation on the plan and print every finding at its
             sheet, row and column, as the sidebar shows it. Errors fail; with
             --fail-on warning, warnings fail too. Profile tests (and their relative
             dates, today - 3d) and review dates are judged at --now, default the
             current time.
  compile    Print one SELECT of member IDs per profile; with --scan, the one SELECT that
             counts every profile, channel and attribute (as estimate does) instead.
             --table defaults to "people", --id-column to "person_id"; attributes with a
             Source field read that column. Without --now the SQL uses the warehouse's
             current time. Profiles whose logic has errors are skipped and named on stderr.
             Column types the SQL expects: timestamps as instants (PostgreSQL timestamptz,
             DuckDB TIMESTAMP and Snowflake TIMESTAMP_NTZ holding UTC, BigQuery TIMESTAMP),
             dates as DATE, string_list as an array of texts (README: Warehouse SQL).
  estimate   Count the plan's audiences on a people file in one scan (DuckDB): per profile
             eligible, suppressed, below threshold and members; per channel what the
             decision tree gives each profile and what its Holdout % keeps back; per
             attribute used its measured coverage beside the typed Coverage %. CSV cells
             follow the Sample data rules; Parquet and DuckDB columns must have the types
             above (TIMESTAMP WITH TIME ZONE is read in UTC). A .duckdb file reads --table
             (default "people"). A missing column or a wrong type fails, naming it. With
             --fail-on warning, a typed Coverage % more than 5 points above the measured
             one fails too.
  diff       Print added (+), removed (-) and changed (~) rows of every section, field
             by field, breaking changes first and marked. Fails on breaking changes
             unless --fail-on says any (every change fails) or none.

Exit codes:
  0  no failing findings (validate); every profile compiled (compile) or estimated (estimate);
     no failing changes (diff)
  1  the plan has errors, is not a plan file, the people file does not fit the plan's
     attributes, or diff found changes that fail (--fail-on)
  2  usage error: unknown command or option, missing argument, unreadable file
`;
