/**
 * Function words that carry no topic. Question words that do narrow the topic (who, where,
 * when, much, many, long) are deliberately not here.
 */
export const STOPWORDS = new Set(
  (
    'a about above actually after again all also am an and any anyone anything are as at be ' +
    'because been before being below between both but by can cannot could did do does doing ' +
    'done down during each even ever every few for from further get gets getting got had has ' +
    'have having he her here hers herself him himself his i if in into is it its itself just ' +
    'know let like me might more most my myself need needs no nor not now of on once only ' +
    'or other our ours ourselves out over own please quite really same she should so some ' +
    'still such than thanks that the their theirs them themselves then there these they this ' +
    'those though through to too under until up us very was we well were what whats which ' +
    'while whom why will with would yet you your yours yourself yourselves ok okay hi hello ' +
    'hiya guys someone something thing things tell says said say keeps keep exactly sure ' +
    'whether etc dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt cant couldnt ' +
    'shouldnt wouldnt wont theyre theyve thats theres heres whos youre youve shes hes ' +
    'lets weve go goes going gone went want wants wanted say saying mean means meant show shows ' +
    'showing hear heard never else anything everything ever always already maybe bit lot lots ' +
    'think thought give gives given seem seems try tried trying make makes made put puts see ' +
    'ask asking asked wondering wonder question quick help define definition meaning explain per'
  ).split(' '),
);
