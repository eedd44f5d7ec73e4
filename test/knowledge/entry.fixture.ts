import type { KnowledgeEntry } from '../../domain/knowledge/knowledge-entry';

/** Builds a valid knowledge entry for tests, with any fields overridden. */
export function makeEntry(
  overrides: Partial<KnowledgeEntry> & Pick<KnowledgeEntry, 'id'>,
): KnowledgeEntry {
  return {
    topic: 'test',
    title: `Title of ${overrides.id}`,
    answer: `Answer of ${overrides.id}.`,
    phrasings: [],
    sources: [{ title: 'Example source', url: 'https://www.gov.uk/example' }],
    lastReviewed: '2025-01-31',
    ...overrides,
  };
}

/** Builds a small knowledge base covering distinct attendance topics. */
export function makeFixtureEntries(): KnowledgeEntry[] {
  return [
    makeEntry({
      id: 'late-codes',
      title: 'What is the difference between code L and code U?',
      answer:
        'L is for a pupil who arrives before the register closes and counts as present. U is for ' +
        'arrival after the register has closed and is an unauthorised absence.',
      phrasings: ['late after register closed which code', 'L or U for lateness'],
    }),
    makeEntry({
      id: 'penalty-amounts',
      title: 'How much is a penalty notice?',
      answer: 'A first penalty notice is £80 if paid within 21 days and £160 within 28 days.',
      phrasings: ['cost of a PN', 'how much do parents pay for a penalty notice'],
      related: ['penalty-non-payment'],
    }),
    makeEntry({
      id: 'penalty-non-payment',
      title: 'What happens if a parent does not pay a penalty notice?',
      answer:
        'The local authority either withdraws the notice or prosecutes for the original offence.',
      phrasings: ['PN not paid what next', 'parent refuses to pay the fine'],
    }),
    makeEntry({
      id: 'illness-evidence',
      title: 'Can we ask for medical evidence for illness absence?',
      answer:
        'Code I is for illness. Ask for evidence only where there is real doubt or a pattern.',
      phrasings: ['doctors note for being sick', 'proof of illness from parents'],
    }),
    makeEntry({
      id: 'helpline',
      title: 'What is the Education Inclusion helpline number?',
      answer:
        'Ring the Education Inclusion helpline on 01452 427274 or ask your Inclusion Officer.',
      phrasings: ['phone number for the inclusion service'],
    }),
  ];
}
