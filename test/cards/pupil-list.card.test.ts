import assert from 'node:assert/strict';
import {
  MAX_PUPIL_LIST_ROWS,
  renderPupilListCard,
  type PupilListCardData,
  type PupilListEntry,
} from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

type CardNode = Record<string, unknown>;

function collect(value: unknown, predicate: (node: CardNode) => boolean): CardNode[] {
  if (typeof value !== 'object' || value === null) return [];
  const node = value as CardNode;
  const own = !Array.isArray(value) && predicate(node) ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => collect(child, predicate))];
}

function texts(card: unknown): string[] {
  return collect(card, (node) => node.type === 'TextBlock').map((node) => String(node.text));
}

function rowsOf(card: unknown): string[][] {
  return collect(card, (node) => node.type === 'ColumnSet')
    .slice(1)
    .map((set) => texts(set));
}

function entry(overrides: Partial<PupilListEntry> = {}): PupilListEntry {
  return {
    forename: 'Maisie',
    surname: 'Okafor',
    yearGroup: '9',
    attendancePercent: 84.5,
    unauthorisedAbsences: 12,
    persistentlyAbsent: true,
    severelyAbsent: false,
    penaltyNoticeThresholdReached: true,
    holidayOnly: false,
    ...overrides,
  };
}

function cardData(pupils: PupilListEntry[]): PupilListCardData {
  return {
    title: 'Persistently absent pupils (missed 10% or more)',
    source: 'School 900001, 2025/26 year to date, imported 4 December 2026',
    pupils,
    reportCommand: 'npm run report -- --school 900001 --persistent',
  };
}

describe('renderPupilListCard', () => {
  it('renders a valid card', () => {
    const card = renderPupilListCard(cardData([entry(), entry({ forename: 'Tom' })]));

    assertValidAdaptiveCard(card);
    assert.equal(JSON.stringify(card).includes('${'), false);
  });

  it('shows forename and surname initial', () => {
    const card = renderPupilListCard(cardData([entry()]));

    assert.deepEqual(rowsOf(card), [['Maisie O.', '9', '84.5%', '12', 'PA PN']]);
    assert.equal(JSON.stringify(card).includes('Okafor'), false);
  });

  it('marks holiday-only penalty cases', () => {
    const card = renderPupilListCard(
      cardData([entry({ persistentlyAbsent: false, holidayOnly: true })]),
    );

    assert.equal(rowsOf(card)[0]?.[4], 'PN (holiday)');
  });

  it('shows none for no flags or figures', () => {
    const card = renderPupilListCard(
      cardData([
        entry({
          attendancePercent: null,
          persistentlyAbsent: false,
          penaltyNoticeThresholdReached: false,
        }),
      ]),
    );

    assert.deepEqual(rowsOf(card)[0]?.slice(2), ['none', '12', 'none']);
  });

  it('shows at most 20 rows with the total', () => {
    const pupils = Array.from({ length: 45 }, (_, index) => entry({ forename: `P${index}` }));
    const card = renderPupilListCard(cardData(pupils));

    assertValidAdaptiveCard(card);
    assert.equal(rowsOf(card).length, MAX_PUPIL_LIST_ROWS);
    assert.ok(texts(card).includes('Showing 20 of 45.'));
    assert.match(texts(card)[1]!, /^45 pupils match, lowest attendance first\./);
  });

  it('states an empty list', () => {
    const card = renderPupilListCard(cardData([]));

    assertValidAdaptiveCard(card);
    assert.equal(rowsOf(card).length, 0);
    assert.match(texts(card)[1]!, /^No pupils match\./);
  });

  it('names the full report command', () => {
    const card = renderPupilListCard(cardData([entry()]));
    const command = collect(card, (node) => node.fontType === 'Monospace');

    assert.equal(command[0]?.text, 'npm run report -- --school 900001 --persistent');
  });

  it('escapes markdown in names', () => {
    const card = renderPupilListCard(
      cardData([entry({ forename: '**Bold** [x](https://a.example)' })]),
    );

    assert.equal(rowsOf(card)[0]?.[0], '\\*\\*Bold\\*\\* \\[x\\](https://a.example) O.');
  });
});
