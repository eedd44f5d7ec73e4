import type { OffTopicArea } from './decline-messages';

/**
 * Places in Scotland, Wales and Northern Ireland (and the Republic of Ireland), whose
 * attendance law differs from England's.
 */
export const OTHER_NATION_PATTERN = new RegExp(
  '\\b(scotland|scottish|scots|scotish|wales|welsh|northern ireland|n ireland|ireland|irish|' +
    'cardiff|swansea|newport|wrexham|bangor|aberystwyth|edinburgh|glasgow|aberdeen|dundee|' +
    'inverness|stirling|belfast|derry|londonderry|lisburn|armagh|newry|senedd|holyrood|' +
    'stormont|estyn)\\b',
);

/** A pupil moving to another nation: the question is still about an English school's roll. */
export const MOVING_AWAY_PATTERN = /\b(mov(e|ed|ing)|relocat\w*|emigrat\w*|going to live)\b/;

/** Words of non-attendance areas, with the area that handles them. */
export const OFF_TOPIC_PATTERNS: readonly { area: OffTopicArea; pattern: RegExp }[] = [
  {
    area: 'catering',
    pattern:
      /\b(lunch|lunches|dinner menu|menu|canteen|school dinners|fish friday|recipe|packed lunch)\b/,
  },
  {
    area: 'pay',
    pattern:
      /\b(payroll|payslip|pay slip|salary|salaries|wages|pension|overtime|maternity|paternity|my contract|staff leave|annual leave|expenses|mileage)\b/,
  },
  {
    area: 'it',
    pattern:
      /\b(password|passwords|log ?in|login|logon|locked out|username|wifi|wi fi|printer|laptop|computer|email account|install|reset (it|my)|door code|alarm code)\b/,
  },
  {
    area: 'general',
    pattern:
      /\b(weather|forecast|football|parking|car park|joke|dress code|parents evening|supply teacher|uniform shop|photocopier|minibus(es)?|book a room|staff room|term dates|inset days?)\b|\bwhen (does|do|is) (the )?(summer|christmas|easter|half term|spring|autumn|winter) (holiday|holidays|hols|break|term)\b/,
  },
];

/** Compound words with "code" that are not register codes ("wifi code", "dress code"). */
export const OTHER_KINDS_OF_CODE =
  /\b(wifi|wi fi|door|dress|discount|post|zip|qr|promo|voucher|alarm|gate|entry|access|printer|photocopier) codes?\b/g;

/** Words that make a question about attendance even when an off-topic word appears in it. */
export const ATTENDANCE_WORDS =
  /\b(attend\w*|absen\w*|register\w*|regs?|codes?|marks?|marked|session\w*|penalt\w*|pns?|ntis?|fines?|truan\w*|late\w*|authoris\w*|unauthoris\w*|authoriz\w*|unauthoriz\w*|exclu\w*|suspen\w*|timetable|missing|off roll|roll|leave of absence|term time|persistent\w*|severe\w*|closure|closed|aim|tsm|safeguard\w*|dsl)\b/;
