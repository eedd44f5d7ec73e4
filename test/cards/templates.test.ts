import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  renderAnswerCard,
  renderDeclineCard,
  renderErrorCard,
  renderHelpCard,
  renderPupilListCard,
  renderWelcomeCard,
  type AdaptiveCard,
} from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

const INJECTION = '${entry.answer} **bold** [click](https://evil.example)';
const ESCAPED_FOR_MARKDOWN =
  '$\\{entry.answer\\} \\*\\*bold\\*\\* \\[click\\](https://evil.example)';
const ESCAPED_FOR_PLAIN_TEXT = '$\u200B{entry.answer} **bold** [click](https://evil.example)';

interface TemplateCase {
  /** Template file name without `.card.json`. */
  template: string;
  render: (text: string) => AdaptiveCard;
  /** Forms in which the injected text must appear in the expanded card. */
  expectedForms: string[];
}

const cases: TemplateCase[] = [
  {
    template: 'answer',
    render: (text) =>
      renderAnswerCard({
        question: text,
        entryId: 'penalty-notice-threshold',
        title: 'What is the penalty notice threshold?',
        answer: 'A penalty notice is considered after **10 sessions** of unauthorised absence.',
        sources: [{ title: 'Attendance FAQ', url: 'https://www.gloucestershire.gov.uk/' }],
        related: [text, 'What happens if a penalty notice is not paid?'],
        lastReviewed: '2025-03-04',
      }),
    expectedForms: [ESCAPED_FOR_MARKDOWN, ESCAPED_FOR_PLAIN_TEXT],
  },
  {
    template: 'decline',
    render: (text) =>
      renderDeclineCard({ reason: 'low-confidence', message: text, suggestions: [text] }),
    expectedForms: [ESCAPED_FOR_MARKDOWN, ESCAPED_FOR_PLAIN_TEXT],
  },
  {
    template: 'welcome',
    render: (text) => renderWelcomeCard({ scope: 'team', examples: [text] }),
    expectedForms: [ESCAPED_FOR_PLAIN_TEXT],
  },
  {
    template: 'help',
    render: (text) => renderHelpCard({ examples: [text] }),
    expectedForms: [ESCAPED_FOR_PLAIN_TEXT],
  },
  {
    template: 'pupil-list',
    render: (text) =>
      renderPupilListCard({
        title: 'Pupils below 90% attendance',
        source: 'School 900001, 2025/26 year to date',
        pupils: [
          {
            forename: text,
            surname: 'Example',
            yearGroup: '9',
            attendancePercent: 85,
            unauthorisedAbsences: 4,
            persistentlyAbsent: true,
            severelyAbsent: false,
            penaltyNoticeThresholdReached: false,
            holidayOnly: false,
          },
        ],
        reportCommand: 'npm run report -- --school 900001 --below 90',
      }),
    expectedForms: [ESCAPED_FOR_MARKDOWN],
  },
  {
    template: 'error',
    render: (text) => renderErrorCard({ referenceId: text }),
    expectedForms: [ESCAPED_FOR_MARKDOWN],
  },
];

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.values(value).flatMap(collectStrings);
}

function collectTextBlockTexts(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const node = value as Record<string, unknown>;
  const own = node.type === 'TextBlock' && typeof node.text === 'string' ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(collectTextBlockTexts)];
}

describe('card templates', () => {
  it('have a test case for every template file', () => {
    const templateDirectory = path.resolve(__dirname, '../../bot/cards/templates');
    const templateNames = readdirSync(templateDirectory)
      .filter((file) => file.endsWith('.card.json'))
      .map((file) => file.replace(/\.card\.json$/, ''))
      .sort();

    assert.deepEqual(cases.map((testCase) => testCase.template).sort(), templateNames);
  });

  for (const { template, render, expectedForms } of cases) {
    describe(`${template} template`, () => {
      it('expands to a valid Adaptive Card 1.5', () => {
        const card = render('How many sessions make a pupil persistently absent?');

        assertValidAdaptiveCard(card);
        assert.equal(card.version, '1.5');
        assert.equal(JSON.stringify(card).includes('${'), false);
      });

      it('stays valid with injected text', () => {
        const card = render(INJECTION);

        assertValidAdaptiveCard(card);
        assert.equal(JSON.stringify(card).includes('${'), false);
      });

      it('shows injected text literally', () => {
        const strings = collectStrings(render(INJECTION));

        for (const form of expectedForms) {
          assert.ok(
            strings.some((text) => text.includes(form)),
            `expected the card to contain ${JSON.stringify(form)}`,
          );
        }
      });

      it('renders no injected markdown in text blocks', () => {
        const texts = collectTextBlockTexts(render(INJECTION));

        assert.ok(texts.length > 0);
        for (const text of texts) {
          assert.equal(text.includes('**bold**'), false, `unescaped emphasis in ${text}`);
          assert.equal(text.includes('[click]('), false, `unescaped link in ${text}`);
        }
      });
    });
  }
});
