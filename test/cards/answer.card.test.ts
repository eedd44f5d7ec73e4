import assert from 'node:assert/strict';
import { renderAnswerCard, type AnswerCardData } from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

type CardNode = Record<string, unknown>;

function buildAnswerData(overrides: Partial<AnswerCardData> = {}): AnswerCardData {
  return {
    question: 'When can a school issue a penalty notice?',
    entryId: 'penalty-notice-threshold',
    title: 'What is the penalty notice threshold?',
    answer: 'A penalty notice is considered after **10 sessions** of unauthorised absence.',
    sources: [
      { title: 'Gloucestershire attendance FAQ', url: 'https://www.gloucestershire.gov.uk/faq' },
    ],
    related: ['What happens if a penalty notice is not paid?'],
    lastReviewed: '2025-03-04',
    ...overrides,
  };
}

function collect(value: unknown, predicate: (node: CardNode) => boolean): CardNode[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const node = value as CardNode;
  const own = !Array.isArray(value) && predicate(node) ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => collect(child, predicate))];
}

function textBlocks(card: unknown): string[] {
  return collect(card, (node) => node.type === 'TextBlock').map((node) => String(node.text));
}

function actionsOfType(card: unknown, type: string): CardNode[] {
  return collect(card, (node) => node.type === type);
}

describe('renderAnswerCard', () => {
  it('shows the title, answer and question', () => {
    const texts = textBlocks(renderAnswerCard(buildAnswerData()));

    assert.ok(texts.includes('What is the penalty notice threshold?'));
    assert.ok(texts.includes('You asked: When can a school issue a penalty notice?'));
    assert.ok(texts.includes(buildAnswerData().answer));
  });

  it('lists sources as markdown links', () => {
    const texts = textBlocks(renderAnswerCard(buildAnswerData()));

    assert.ok(texts.includes('Sources'));
    assert.ok(
      texts.includes('[Gloucestershire attendance FAQ](https://www.gloucestershire.gov.uk/faq)'),
    );
  });

  it('escapes source titles and link targets', () => {
    const sources = [{ title: 'Guidance [2024]', url: 'https://www.gov.uk/guide_(2024)' }];
    const texts = textBlocks(renderAnswerCard(buildAnswerData({ sources })));

    assert.ok(texts.includes('[Guidance \\[2024\\]](https://www.gov.uk/guide_%282024%29)'));
  });

  it('drops sources without an http URL', () => {
    const sources = [
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Relative', url: '/attendance' },
    ];
    const card = renderAnswerCard(buildAnswerData({ sources }));

    assert.equal(textBlocks(card).includes('Sources'), false);
    assertValidAdaptiveCard(card);
  });

  it('shows the review date in words', () => {
    const texts = textBlocks(renderAnswerCard(buildAnswerData({ lastReviewed: '2025-03-04' })));

    assert.ok(texts.includes('Last reviewed 4 March 2025'));
  });

  it('shows an invalid review date as given', () => {
    const texts = textBlocks(renderAnswerCard(buildAnswerData({ lastReviewed: '2025-02-30' })));

    assert.ok(texts.includes('Last reviewed 2025-02-30'));
  });

  it('caps related questions at three', () => {
    const related = ['First?', 'Second?', 'Third?', 'Fourth?', 'Fifth?'];
    const buttons = actionsOfType(renderAnswerCard(buildAnswerData({ related })), 'Action.Submit');

    assert.deepEqual(
      buttons.map((button) => button.title),
      ['First?', 'Second?', 'Third?'],
    );
  });

  it('carries the related question in the button data', () => {
    const card = renderAnswerCard(buildAnswerData());
    const [button] = actionsOfType(card, 'Action.Submit');

    assert.deepEqual(button?.data, {
      action: 'ask',
      question: 'What happens if a penalty notice is not paid?',
    });
  });

  it('hides empty sources and related sections', () => {
    const card = renderAnswerCard(buildAnswerData({ sources: [], related: [] }));
    const texts = textBlocks(card);

    assert.equal(texts.includes('Sources'), false);
    assert.equal(texts.includes('Related questions'), false);
    assert.equal(actionsOfType(card, 'Action.Submit').length, 0);
    assertValidAdaptiveCard(card);
  });

  it('sends helpful feedback with entry and question', () => {
    const executes = actionsOfType(renderAnswerCard(buildAnswerData()), 'Action.Execute');
    const helpful = executes.find((action) => (action.data as CardNode).helpful === true);

    assert.equal(helpful?.verb, 'feedback');
    assert.deepEqual(helpful?.data, {
      entryId: 'penalty-notice-threshold',
      helpful: true,
      question: 'When can a school issue a penalty notice?',
    });
  });

  it('asks for an optional comment when not helpful', () => {
    const card = renderAnswerCard(buildAnswerData());
    const [showCard] = actionsOfType(card, 'Action.ShowCard');
    const [comment] = collect(showCard, (node) => node.type === 'Input.Text');
    const [notHelpful] = actionsOfType(showCard, 'Action.Execute');

    assert.equal(comment?.id, 'comment');
    assert.equal(comment?.maxLength, 500);
    assert.equal(comment?.isRequired, undefined);
    assert.equal(notHelpful?.verb, 'feedback');
    assert.deepEqual(notHelpful?.data, {
      entryId: 'penalty-notice-threshold',
      helpful: false,
      question: 'When can a school issue a penalty notice?',
    });
  });

  it('replaces feedback buttons with thanks after feedback', () => {
    const card = renderAnswerCard(buildAnswerData({ feedbackGiven: true }));
    const texts = textBlocks(card);

    assert.equal(actionsOfType(card, 'Action.Execute').length, 0);
    assert.equal(actionsOfType(card, 'Action.ShowCard').length, 0);
    assert.equal(texts.includes('Was this helpful?'), false);
    assert.ok(texts.includes('Thanks for your feedback.'));
    assert.ok(texts.includes(buildAnswerData().answer));
    assertValidAdaptiveCard(card);
  });

  it('keeps answer markdown but breaks template syntax', () => {
    const answer = 'Use code **O** for ${unauthorised} absence.';
    const texts = textBlocks(renderAnswerCard(buildAnswerData({ answer })));

    assert.ok(texts.includes('Use code **O** for $\u200B{unauthorised} absence.'));
  });

  it('does not evaluate expressions in the question', () => {
    const question = '${answer} ${$root.entryId} ${title}';
    const card = renderAnswerCard(buildAnswerData({ question }));
    const asked = textBlocks(card).find((text) => text.startsWith('You asked: '));

    assert.equal(asked, 'You asked: $\\{answer\\} $\\{$root.entryId\\} $\\{title\\}');
  });

  it('fills each question into a cached entry card', () => {
    const first = JSON.stringify(renderAnswerCard(buildAnswerData({ question: 'first question' })));
    const second = JSON.stringify(renderAnswerCard(buildAnswerData({ question: 'second one' })));

    assert.match(first, /You asked: first question/);
    assert.match(second, /You asked: second one/);
    assert.doesNotMatch(second, /first question/);
  });

  it('strips placeholder characters from the question', () => {
    const question = 'is \u0000displayed-question\u0000 a code';
    const card = JSON.stringify(renderAnswerCard(buildAnswerData({ question })));

    assert.match(card, /You asked: is displayed-question a code/);
    assert.doesNotMatch(card, /\\u0000/);
  });
});
