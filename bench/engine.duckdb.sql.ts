import { MARK_CATEGORIES } from '../domain/attendance/codes.lookup';
import { CODES_IN_FORCE_FROM, WITHDRAWN_CODES } from '../domain/attendance/codes.withdrawn';
import { NATIONAL_COUNTED_CODES } from '../domain/attendance/penalty-threshold.compute';
import { caseVariants } from '../register/engine/mark-bytes.lookup';

/** Penalty notice threshold of the national framework: 10 sessions in 10 school weeks. */
const SESSION_THRESHOLD = 10;
const WINDOW_SCHOOL_WEEKS = 10;
const HOLIDAY_CODE = 'G';

/** Quotes text as a SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Builds a table of every mark as written (any case) with the code's category and threshold
 * roles. Each mark is listed for sessions before 19 August 2024 and, unless it is a withdrawn
 * code, for later sessions.
 */
function codesTable(): string {
  const withdrawn = new Set<string>(WITHDRAWN_CODES.keys());
  const rows = [...MARK_CATEGORIES].flatMap(([code, category]) => {
    const roles = [sqlString(category), NATIONAL_COUNTED_CODES.has(code), code === HOLIDAY_CODE];
    const periods = withdrawn.has(code) ? [true] : [true, false];
    return caseVariants(code).flatMap((mark) => {
      return periods.map((before) => `(${[sqlString(mark), before, ...roles].join(', ')})`);
    });
  });
  return `codes(mark, before_withdrawal, category, counted, holiday) AS (VALUES\n    ${rows.join(',\n    ')})`;
}

function sessionNames(): string {
  return [...caseVariants('AM'), ...caseVariants('PM')].map(sqlString).join(', ');
}

function csvSource(csvPath: string, hasSchoolColumn: boolean): string {
  const columns = [
    ...(hasSchoolColumn ? [`'school_urn': 'VARCHAR'`] : []),
    `'upn': 'VARCHAR'`,
    `'surname': 'VARCHAR'`,
    `'forename': 'VARCHAR'`,
    `'year_group': 'VARCHAR'`,
    `'date': 'DATE'`,
    `'session': 'VARCHAR'`,
    `'mark': 'VARCHAR'`,
  ];
  return `read_csv(${sqlString(csvPath)}, header = true, delim = ',',
      quote = '"', escape = '"', columns = {${columns.join(', ')}})`;
}

/**
 * Builds a DuckDB query that computes the per-pupil figures of `computePupilFigures` and the
 * penalty notice threshold of `computePenaltyThreshold` from a canonical session marks CSV,
 * in the columns of `RESULT_COLUMNS`. It applies the fast path's rules. Rows with an empty UPN,
 * a date outside 2000 to 2100, a weekend date or a session other than AM or PM are skipped.
 * Marks match codes in either case with spaces trimmed, and unknown marks, or withdrawn codes
 * dated from 19 August 2024, count as rejected marks. A school week is a Monday-start week
 * with at least one possible session for the pupil.
 *
 * NOTE: a session given twice counts twice here, while the fast path keeps one, and a UPN of
 * only spaces becomes an empty UPN, which the fast path rejects. The results agree only for
 * files without either, which the fast path counts.
 */
export function buildFiguresSql(csvPath: string, hasSchoolColumn: boolean): string {
  return `
WITH ${codesTable()},
rows AS (
  SELECT upn, date_trunc('week', date) AS week, trim(mark) AS mark,
    date < DATE ${sqlString(CODES_IN_FORCE_FROM)} AS before_withdrawal,
    date BETWEEN DATE '2000-01-01' AND DATE '2100-12-31' AND isodow(date) <= 5
      AND session IN (${sessionNames()}) AS valid
  FROM ${csvSource(csvPath, hasSchoolColumn)}
  WHERE upn IS NOT NULL
),
marks AS (
  SELECT r.upn, r.week, r.valid, c.category, c.counted, c.holiday
  FROM rows r LEFT JOIN codes c ON c.mark = r.mark AND c.before_withdrawal = r.before_withdrawal
),
weeks_as_written AS (
  SELECT upn, week,
    count(*) FILTER (WHERE valid AND category IN ('present', 'approved_educational_activity'))
      AS attended,
    count(*) FILTER (WHERE valid AND category = 'authorised_absence') AS authorised,
    count(*) FILTER (WHERE valid AND category = 'unauthorised_absence') AS unauthorised,
    count(*) FILTER (WHERE valid AND category = 'missing') AS missing,
    count(*) FILTER (WHERE valid AND counted) AS counted,
    count(*) FILTER (WHERE valid AND counted AND NOT holiday) AS non_holiday,
    count(*) FILTER (WHERE valid AND category IS NULL) AS rejected
  FROM marks GROUP BY upn, week
),
weeks AS (
  SELECT upper(trim(upn)) AS upn, week,
    sum(attended) AS attended, sum(authorised) AS authorised,
    sum(unauthorised) AS unauthorised, sum(missing) AS missing, sum(counted) AS counted,
    sum(non_holiday) AS non_holiday, sum(rejected) AS rejected
  FROM weeks_as_written GROUP BY ALL
),
windows AS (
  SELECT upn, week,
    sum(counted) OVER school_weeks AS window_counted,
    sum(non_holiday) OVER school_weeks AS window_non_holiday
  FROM weeks
  WHERE attended + authorised + unauthorised > 0
  WINDOW school_weeks AS (PARTITION BY upn ORDER BY week
    ROWS BETWEEN ${WINDOW_SCHOOL_WEEKS - 1} PRECEDING AND CURRENT ROW)
),
penalty AS (
  SELECT upn,
    max(window_counted) AS max_in_window,
    bool_or(window_counted >= ${SESSION_THRESHOLD}) AS reached,
    arg_min(window_non_holiday, week) FILTER (WHERE window_counted >= ${SESSION_THRESHOLD}) = 0
      AS holiday_only
  FROM windows GROUP BY upn
),
pupils AS (
  SELECT upn,
    sum(attended + authorised + unauthorised)::BIGINT AS possible,
    sum(attended)::BIGINT AS attended,
    sum(authorised)::BIGINT AS authorised,
    sum(unauthorised)::BIGINT AS unauthorised,
    sum(missing)::BIGINT AS missing,
    sum(rejected)::BIGINT AS rejected
  FROM weeks GROUP BY upn
)
SELECT p.upn, p.possible, p.attended, p.authorised, p.unauthorised, p.missing,
  CASE WHEN p.possible = 0 THEN NULL
    ELSE (p.attended * 2000 + p.possible) // (2 * p.possible) END AS attendance_tenths,
  (p.possible > 0 AND (p.authorised + p.unauthorised) * 10 >= p.possible)::INTEGER AS persistent,
  (p.possible > 0 AND (p.authorised + p.unauthorised) * 2 >= p.possible)::INTEGER AS severe,
  coalesce(w.reached, false)::INTEGER AS reached,
  coalesce(w.holiday_only, false)::INTEGER AS holiday_only,
  coalesce(w.max_in_window, 0)::BIGINT AS max_in_window,
  p.rejected AS rejected_marks
FROM pupils p LEFT JOIN penalty w USING (upn)`;
}
