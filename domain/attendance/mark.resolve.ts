import { NO_MARK, isRegisterCode, type MarkCategory, type MarkCode } from './codes.lookup';
import { REGISTER_CODES, type CodeCategory } from './codes.table';
import { CODES_IN_FORCE_FROM, WITHDRAWN_CODES, type WithdrawnCode } from './codes.withdrawn';
import { isIsoDate } from './calendar.date';
import {
  emptyCodeError,
  invalidDateError,
  mappingTargetError,
  unknownCodeError,
  withdrawnCodeError,
  withdrawnCodeWarning,
  type MarkError,
  type MarkWarning,
} from './mark.issues';

/** Mark that can be stored on a session. */
export interface AcceptedMark {
  ok: true;
  code: MarkCode;
  category: MarkCategory;
  /** The school-local code that the code mapping translated, when one did. */
  mappedFrom?: string;
  warning?: MarkWarning;
}

/** Mark that cannot be stored, with the reason. */
export interface RejectedMark {
  ok: false;
  error: MarkError;
}

/** Outcome of `resolveMark`. */
export type MarkResolution = AcceptedMark | RejectedMark;

const CATEGORY_BY_REGISTER_CODE = new Map(
  REGISTER_CODES.map((entry) => [entry.code, entry.category]),
);

const CATEGORY_WORDING: Record<CodeCategory, string> = {
  present: 'present',
  approved_educational_activity: 'attendance (approved educational activity)',
  authorised_absence: 'authorised absence',
  unauthorised_absence: 'unauthorised absence',
  not_possible: 'not a possible session',
};

function joinSubCode(raw: string, subCode: string | undefined): string {
  const code = raw.trim();
  const sub = (subCode ?? '').trim();
  if (sub === '') return code;
  const upper = code.toUpperCase();
  if (isRegisterCode(upper) && upper.length > 1 && upper.endsWith(sub.toUpperCase())) return code;
  return code + sub;
}

function findMapping(mapping: ReadonlyMap<string, string>, code: string): string | undefined {
  return mapping.get(code) ?? mapping.get(code.toUpperCase());
}

function resolveNationalCode(value: string, date: string): MarkResolution {
  const code = value.toUpperCase();
  if (code === NO_MARK) return { ok: true, code, category: 'missing' };
  if (isRegisterCode(code)) {
    return { ok: true, code, category: CATEGORY_BY_REGISTER_CODE.get(code)! };
  }
  const withdrawn = WITHDRAWN_CODES.get(code as WithdrawnCode);
  if (withdrawn === undefined) return { ok: false, error: unknownCodeError(value) };
  if (date >= CODES_IN_FORCE_FROM) {
    return { ok: false, error: withdrawnCodeError(value, date, withdrawn) };
  }
  const warning = withdrawnCodeWarning(value, CATEGORY_WORDING[withdrawn.category], withdrawn);
  return { ok: true, code: withdrawn.code, category: withdrawn.category, warning };
}

/**
 * Checks one register mark and returns the code to store, or a typed error.
 * Expected failures are returned, not thrown.
 *
 * - A sub-code may come in the code (`Y1`) or apart from it (`Y` and `1`). Letters may be in
 *   either case, and surrounding spaces are ignored.
 * - `-` means no mark was recorded. A blank code is rejected so that a missing column is not
 *   mistaken for a missing mark.
 * - H, J, and Y without a sub-code were withdrawn on 19 August 2024. For an earlier session
 *   they are accepted with a warning: H counts as authorised absence (authorised holiday),
 *   J as attendance (an interview was approved educational activity), and Y as not possible.
 *   From 19 August 2024 they are rejected with an error that names the replacement.
 * - School-local codes (for example SIMS `X01`, `7`, `8`, `9`) are accepted only through
 *   `mapping`, from local code to national code. The mapping is checked first, so it may
 *   also translate withdrawn codes, and its targets must pass the same checks.
 */
export function resolveMark(
  raw: string,
  subCode: string | undefined,
  date: string,
  mapping?: ReadonlyMap<string, string>,
): MarkResolution {
  const value = joinSubCode(raw, subCode);
  if (!isIsoDate(date)) return { ok: false, error: invalidDateError(value, date) };
  if (value === '') return { ok: false, error: emptyCodeError(value) };

  const target = mapping === undefined ? undefined : findMapping(mapping, value);
  if (target === undefined) return resolveNationalCode(value, date);

  const resolved = resolveNationalCode(target.trim(), date);
  if (!resolved.ok) return { ok: false, error: mappingTargetError(value, target, resolved.error) };
  return { ...resolved, mappedFrom: value };
}
