import type { OffTopicArea } from './decline-messages';

const DISCLOSED_HARM =
  'abus\\w*|assault\\w*|rap(e|ed|ing)|groom\\w*|inappropriate\\w*|bruis\\w*|sexual\\w*|' +
  'violen\\w*|starv\\w*|hits|hitting|beats|beating|beaten|burnt|burned|slapp?\\w*|punch\\w*';

/**
 * Safeguarding disclosures and emergencies. Each pattern runs on text prepared by
 * `toPatternText` (lower case, no apostrophes, text-speak written out). Absence worries such
 * as "no answer on mum's phone" or "has a social worker" are not matched on purpose: those are
 * attendance questions with an answer in the knowledge base.
 */
export const SAFEGUARDING_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(told|tells|telling|disclosed?|disclosing|confided|admitted|said|says)\\b.*\\b(${DISCLOSED_HARM})\\b`,
  ),
  /\b(being|getting) (hurt|hit|abused|beaten|harmed|groomed|assaulted|exploited|attacked|raped|touched)\b/,
  /\bbeen (abused|beaten|assaulted|raped|groomed|exploited|attacked)\b/,
  /\b(hurt|hit|harmed|abused|beaten)\b.{0,20}\bat home\b/,
  /\b(hits|hitting|beats|beating|punche?s|punching|kicks|kicking|slaps|slapping|strangl\w*|chok\w*) (him|her|them|me)\b/,
  /\b(touched|touching|touches) (him|her|them|me)\b/,
  /\bself ?harm\w*|\bsuicid\w*|\boverdos\w*|\bcutting (him|her|them)sel/,
  /\b(kill|hurt|harm|end) (him|her|them)sel(f|ves)\b/,
  /\b(doesnt|dont|does not|do not|didnt|isnt|is not|not|never) (feel |feeling |felt )?safe\b|\bunsafe\b/,
  /\bimmediate (danger|risk)\b|\bin danger\b/,
  /\b(scared|afraid|frightened|refus\w*|doesnt want|does not want|wont) (to )?go(ing)? home\b/,
  /\b(fgm|forced marriage|county lines|trafficked|trafficking|sexual(ly)? (abuse|abused|exploit\w*)|domestic (abuse|violence)|sexting|nudes)\b/,
  /\b(knife|knives|weapon|gun)\b/,
  /\b(bruis\w*|black eye|radicalis\w*|extremis\w*)\b/,
  /\b(drunk|intoxicated|under the influence|high on)\b/,
  /\b(dropped (him|her|them) off|left (home|the house))\b.*\b(never|didnt|did not|not) (arrive|arrived|come in|came in|turn up|turned up|reach|reached)\b/,
  /\b(run|ran|running|gone|went|walked|climbed|got) (off|out of|out the) (the )?(site|school|grounds|building|gates?)\b/,
  /\b(absconded|absconding|absconds)\b/,
  /\b(left|leave|leaving|walked out of|escaped from) (the )?(school )?(building|site|grounds|premises)\b/,
  /\b(nobody|no one|noone|dont|do not|cant|cannot|doesnt) (knows?|tell|say) where (he|she|they) (is|are|went|has gone)\b/,
  /\b(cant|cannot|can not|couldnt|could not|unable to) (find|locate) (him|her|the (child|pupil|kid|boy|girl|lad))\b/,
  /\b(gone|went|go|is|has gone) missing (from|during|at|on) (school|site|lunch|break|the (school|trip|site|visit))\b/,
  /\b(didnt|did not|never) (come|get|go|arrive) home\b/,
];

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
      /\b(weather|forecast|football|parking|car park|joke|dress code|parents evening|supply teacher|uniform shop|photocopier|minibus booking|book a room|staff room|term dates|inset days?)\b|\bwhen (does|do|is) (the )?(summer|christmas|easter|half term|spring|autumn|winter) (holiday|holidays|hols|break|term)\b/,
  },
];

/** Compound words with "code" that are not register codes ("wifi code", "dress code"). */
export const OTHER_KINDS_OF_CODE =
  /\b(wifi|wi fi|door|dress|discount|post|zip|qr|promo|voucher|alarm|gate|entry|access|printer|photocopier) codes?\b/g;

/** Words that make a question about attendance even when an off-topic word appears in it. */
export const ATTENDANCE_WORDS =
  /\b(attend\w*|absen\w*|register\w*|regs?|codes?|marks?|marked|session\w*|penalt\w*|pns?|ntis?|fines?|truan\w*|late\w*|authoris\w*|unauthoris\w*|authoriz\w*|unauthoriz\w*|exclu\w*|suspen\w*|timetable|missing|off roll|roll|leave of absence|term time|persistent\w*|severe\w*|closure|closed|aim|tsm|safeguard\w*|dsl)\b/;
