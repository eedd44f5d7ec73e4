const DISCLOSED_HARM =
  'abus\\w*|assault\\w*|rap(e|ed|ing)|groom\\w*|inappropriate\\w*|bruis\\w*|sexual\\w*|' +
  'violen\\w*|starv\\w*|hits|hitting|beats|beating|beaten|burnt|burned|slapp?\\w*|punch\\w*';

/** "home" as a place the child lives, not "home visit" or "home education". */
const HOME = 'home(?! (visit\\w*|educat\\w*|school\\w*|tutor\\w*|learn\\w*))';
const BODY_PART =
  'arms?|legs?|necks?|face|faces|body|wrists?|hands?|thighs?|chest|stomach|cheeks?|ears?';

/** Disclosures of harm and signs of abuse, including wording such as "marks on her arms". */
const HARM_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(told|tells|telling|disclosed?|disclosing|confided|admitted|said|says)\\b.*\\b(${DISCLOSED_HARM})\\b`,
  ),
  /\b(being|getting) (hurt|hit|abused|beaten|harmed|groomed|assaulted|exploited|attacked|raped|touched)\b/,
  /\bbeen (abused|beaten|assaulted|raped|groomed|exploited|attacked)\b/,
  /\b(hurt|hit|harmed|abused|beaten)\b.{0,20}\bat home\b/,
  /\b(hits|hitting|beats|beating|punche?s|punching|kicks|kicking|slaps|slapping|strangl\w*|chok\w*) (him|her|them|me)\b/,
  /\b(touched|touching|touches) (him|her|them|me|my|his|their)\b|\binappropriate(ly)? touch\w*/,
  /\bself ?harm\w*|\bsuicid\w*|\boverdos\w*|\bcutting (him|her|them)sel/,
  /\b(kill|hurt|harm|end) (him|her|them)sel(f|ves)\b/,
  /\b(doesnt|dont|does not|do not|didnt|isnt|is not|not|never) (feel |feeling |felt )?safe\b|\bunsafe\b/,
  /\bimmediate (danger|risk)\b|\bin danger\b/,
  /\b(scared|afraid|frightened|terrified|petrified|refus\w*|doesnt want|does not want|wont) (of |about )?(to )?go(ing)? home\b/,
  /\b(fgm|female genital\w*|forced marriage|county lines|trafficked|trafficking|sexual(ly)? (abuse|abused|exploit\w*)|domestic (abuse|violence)|sexting|nudes)\b/,
  /\b(made|forced|pressured|taken (abroad|overseas|away)|sent (abroad|overseas|away)) to (marry|be married|get married)\b|\bmarried off\b/,
  /\b(groomed|grooming|exploited|exploitation|cse|cce)\b/,
  /\b(knife|knives|weapon|gun)\b/,
  /\b(bruis\w*|black eye|radicalis\w*|extremis\w*)\b/,
  new RegExp(
    `\\b(marks?|cuts|burns|scratch\\w*|injur\\w*|wounds?|welts?|scars|bite marks?) on ` +
      `((his|her|their|both|a|the|one|childs|pupils|kids|boys|girls) ){0,2}(${BODY_PART})\\b`,
  ),
  /\bunexplained (injur\w*|marks?|bruis\w*|burns?|cuts)\b/,
  /\b(drunk|intoxicated|under the influence|high on)\b/,
];

/** Signs of neglect: no food at home, a child left alone or locked in a room. */
const NEGLECT_PATTERNS: readonly RegExp[] = [
  /\bneglect\w*\b/,
  new RegExp(
    '\\b(no|not enough|never (any|enough)|nothing( much)? to|isnt any|is not any|hardly any) ' +
      `(food|eat)\\b.*\\b(${HOME}|house|weekends?|since|all day|for days)\\b`,
  ),
  /\bnot (allowed|let|given anything) to (eat|have (any )?(food|breakfast|dinner|tea))\b/,
  /\b(starving|starved|malnourish\w*|underfed)\b/,
  /\b(always|constantly) hungry\b|\bhungry (all the time|every (day|morning)|again)\b/,
  /\b(comes?|coming|came|turns? up|arrives?|arriving) (in |into school |to school )?(so |really |very )?(unwashed|filthy)\b/,
  new RegExp(
    `\\b(${HOME}|house) alone\\b|\\bleft (alone|on (his|her|their) own|unsupervised|by (him|her|them)sel(f|ves))\\b`,
  ),
  /\block(s|ed|ing)? (up )?((him|her|them|me) )?(in|inside) (his|her|their|my|the|a) (room|bedroom|cupboard|shed|garden|car)\b/,
];

/** A child missing from home, run away or not home overnight. */
const MISSING_FROM_HOME_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\bmissing from (${HOME}|care|the (house|placement|foster ${HOME}|childrens ${HOME}))\\b`,
  ),
  /\b(ran|run|running|runs) away\b|\brunaway\b/,
  /\b(report|reports|reported|reporting) (him|her|them|the (child|pupil)) (as )?missing\b/,
  /\b(been|was|were|is|got) reported (as )?missing\b/,
  new RegExp(
    '\\b(hasnt|has not|havent|have not|wasnt|was not|not|never|didnt|did not) ' +
      `(come|came|been|gone|got|returned|return|get|go|arrive|arrived) (back )?${HOME}\\b`,
  ),
  /\bout all night\b|\bmissing (overnight|since (last night|yesterday|the weekend))\b/,
];

/** Emergencies in school: a pupil who has left the site or cannot be found. */
const EMERGENCY_PATTERNS: readonly RegExp[] = [
  /\b(dropped (him|her|them) off|left (home|the house))\b.*\b(never|didnt|did not|not) (arrive|arrived|come in|came in|turn up|turned up|reach|reached)\b/,
  /\b(run|ran|running|gone|went|walked|climbed|got) (off|out of|out the) (the )?(site|school|grounds|building|gates?)\b/,
  /\b(absconded|absconding|absconds)\b/,
  /\b(left|leave|leaving|walked out of|escaped from) (the )?(school )?(building|site|grounds|premises)\b/,
  /\b(cant|cannot|can not|couldnt|could not|unable to) (find|locate) (him|her|the (child|pupil|kid|boy|girl|lad))\b/,
  /\b(gone|went|go|is|has gone) missing (from|during|at|on) (school|site|lunch|break|the (school|trip|site|visit))\b/,
];

/**
 * Safeguarding disclosures, signs of abuse or neglect, children missing from home and
 * emergencies in school. Each pattern runs on text prepared by `toPatternText` (lower case, no
 * apostrophes, text-speak written out). Absence worries such as "no answer on mum's phone" or
 * "has a social worker" are not matched on purpose: those are attendance questions with an
 * answer in the knowledge base.
 */
export const SAFEGUARDING_PATTERNS: readonly RegExp[] = [
  ...HARM_PATTERNS,
  ...NEGLECT_PATTERNS,
  ...MISSING_FROM_HOME_PATTERNS,
  ...EMERGENCY_PATTERNS,
];

/** Nobody knows where a pupil is: an emergency, unless the question is about a pupil who left. */
const WHEREABOUTS_UNKNOWN =
  /\b(nobody|no one|noone|dont|do not|cant|cannot|doesnt) (knows?|tell|say) where (he|she|they) (is|are|went|has gone)\b/;

/**
 * Wording of children missing education (CME): a pupil who has left the school or area and
 * whose new school or address is unknown. The knowledge base has an entry for that, and the
 * entry sends staff to the DSL.
 */
const LEFT_THE_SCHOOL =
  /\b(cme|children missing education|child missing education|missing (from )?education|moved|forwarding address|new school|off (the )?roll|emigrat\w*|relocat\w*|left (and|without|us|the area|the country))\b/;

/** Returns true when the question raises a safeguarding concern for the DSL, not the FAQ. */
export function raisesSafeguardingConcern(text: string): boolean {
  if (SAFEGUARDING_PATTERNS.some((pattern) => pattern.test(text))) {
    return true;
  }
  return WHEREABOUTS_UNKNOWN.test(text) && !LEFT_THE_SCHOOL.test(text);
}
