export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  ADAPTIVE_CARD_VERSION,
  toAttachment,
  type AdaptiveCard,
  type AdaptiveCardAttachment,
} from './adaptive-card';
export { renderAnswerCard, type AnswerCardData } from './answer.card';
export { renderDeclineCard, type DeclineCardData } from './decline.card';
export { renderErrorCard, type ErrorCardData } from './error.card';
export { escapeMarkdown, escapeTemplateExpressions } from './escape';
export { renderHelpCard, type HelpCardData } from './help.card';
export { MAX_QUESTION_BUTTONS } from './question-buttons';
export {
  MAX_PUPIL_LIST_ROWS,
  renderPupilListCard,
  type PupilListCardData,
  type PupilListEntry,
} from './pupil-list.card';
export { renderWelcomeCard, type InstallScope, type WelcomeCardData } from './welcome.card';
