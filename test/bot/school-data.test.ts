import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { loadKnowledgeBase } from '../../domain/knowledge/knowledge-base';
import {
  SCHOOL_NOT_LINKED_MESSAGE,
  matchPupilListRequest,
} from '../../bot/handlers/school-data.handler';
import { BufferedWriter, MemorySink, generateCounty, writeSchool } from '../../register/generate';
import {
  DEMO_SCHOOL_URN,
  importRegisterFile,
  selectPupils,
  type PupilFilter,
} from '../../register/import-service';
import { TableSchoolRegister, type StoredPupil } from '../../register/storage';
import { startEmbeddedAzurite } from '../../bot/storage/embedded-azurite';
import { findFreePort, spawnProcessGroup, type GroupProcess } from '../support/playground';
import { assertValidAdaptiveCard } from '../support/schema-validator';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';
import { RegisterFolder, openTestStore } from '../register-storage/support/register-store';

type CardNode = Record<string, unknown>;

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function collect(value: unknown, predicate: (node: CardNode) => boolean): CardNode[] {
  if (typeof value !== 'object' || value === null) return [];
  const node = value as CardNode;
  const own = !Array.isArray(value) && predicate(node) ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => collect(child, predicate))];
}

/** Returns the text of each row of the pupil table, one array of cell texts per row. */
function tableRows(card: unknown): string[][] {
  return collect(card, (node) => node.type === 'ColumnSet')
    .map((set) =>
      collect(set, (node) => node.type === 'TextBlock').map((block) => String(block.text)),
    )
    .slice(1);
}

describe('matchPupilListRequest', () => {
  const requests: Array<[string, ReturnType<typeof matchPupilListRequest>]> = [
    ['who is below 90%', { kind: 'below', belowPercent: 90 }],
    ['Who’s below 92.5 per cent?', { kind: 'below', belowPercent: 92.5 }],
    ['which pupils are under 85 percent', { kind: 'below', belowPercent: 85 }],
    ['show severe absence', { kind: 'severe' }],
    ['who is severely absent?', { kind: 'severe' }],
    ['can you show me the SA pupils', { kind: 'severe' }],
    ['who has reached the PN threshold', { kind: 'penaltyThreshold' }],
    ['pupils at the penalty notice threshold', { kind: 'penaltyThreshold' }],
    ['list persistently absent pupils', { kind: 'persistent' }],
    ['how many pupils are persistently absent', { kind: 'persistent' }],
    ['list of PA pupils in year 5', { kind: 'persistent', yearGroup: '5' }],
    ['who is PA in reception', { kind: 'persistent', yearGroup: 'R' }],
  ];
  for (const [message, expected] of requests) {
    it(`reads "${message}"`, () => {
      assert.deepEqual(matchPupilListRequest(message), expected);
    });
  }

  const questions = [
    'what is severe absence',
    'what is the PN threshold',
    'who decides if a pupil is PA',
    'who is responsible for PA',
    'show me the difference between PA and SA',
    'how many pupils are persistently absent nationally',
    'is daisy in Oak class on PA',
    'is Harvey in class 2B below 90 percent',
    'has freddie hit the threshold yet',
    'list of authorised absense codes please',
  ];
  for (const question of questions) {
    it(`leaves "${question}" to the knowledge base`, () => {
      assert.equal(matchPupilListRequest(question), undefined);
    });
  }

  it('leaves every knowledge-base phrasing alone', () => {
    const phrasings = loadKnowledgeBase().flatMap((entry) => [entry.title, ...entry.phrasings]);
    const matched = phrasings.filter((text) => matchPupilListRequest(text) !== undefined);

    assert.ok(phrasings.length > 500);
    assert.deepEqual(matched, []);
  });

  it('leaves every hold-out question alone', () => {
    const file = path.join(REPO_ROOT, 'scripts', 'eval-faq.holdout.json');
    const { questions: holdout } = JSON.parse(readFileSync(file, 'utf8')) as {
      questions: { text: string }[];
    };
    const matched = holdout.filter(
      (question) => matchPupilListRequest(question.text) !== undefined,
    );

    assert.ok(holdout.length > 100);
    assert.deepEqual(matched, []);
  });
});

describe('pupil lists over HTTP', () => {
  let bot: TestBot;
  let pupils: StoredPupil[];

  before(async function () {
    this.timeout(30_000);
    const [school] = [
      ...generateCounty({ pupilsPerSchool: 120, weeks: 10, seed: 5, phase: 'secondary' }),
    ];
    const sink = new MemorySink();
    const writer = new BufferedWriter(sink, 65_536);
    writeSchool(school!, 'csv', writer);
    writer.close();
    const folder = await RegisterFolder.create();
    const store = await openTestStore();
    const path = await folder.write('demo.csv', sink.toBuffer());
    const outcome = await importRegisterFile(store, DEMO_SCHOOL_URN, path);
    await folder.remove();
    assert.equal(outcome.stored, true);
    pupils = await store.listPupils(DEMO_SCHOOL_URN);
    bot = await startTestBot();
  });

  after(async () => {
    await bot.stop();
  });

  async function ask(text: string): Promise<Partial<Activity>> {
    const activity = messageActivity(bot.serviceUrl, text);
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 200);
    const [reply] = await bot.connector.waitForActivities(activity.conversation!.id, 1);
    return reply!;
  }

  const cases: Array<[string, PupilFilter, RegExp]> = [
    ['who is below 90%', { belowPercent: 90 }, /^Pupils below 90% attendance$/],
    ['show severe absence', { severe: true }, /^Severely absent pupils/],
    [
      'who has reached the PN threshold',
      { penaltyThreshold: true },
      /^Pupils at the penalty notice threshold/,
    ],
    ['list persistently absent pupils', { persistent: true }, /^Persistently absent pupils/],
  ];
  for (const [question, filter, title] of cases) {
    it(`lists pupils for "${question}"`, async () => {
      const expected = selectPupils(pupils, filter);
      const card = (await ask(question)).attachments?.[0]?.content as CardNode;
      const texts = collect(card, (node) => node.type === 'TextBlock').map((block) =>
        String(block.text),
      );
      const rows = tableRows(card);

      assertValidAdaptiveCard(card);
      assert.match(texts[0]!, title);
      assert.ok(expected.length > 0, 'the generated school has no matching pupil');
      assert.match(texts[1]!, new RegExp(`^${expected.length} pupils? match`));
      assert.equal(rows.length, Math.min(20, expected.length));
      rows.forEach((row, index) => {
        const pupil = expected[index]!;
        assert.equal(row[0], `${pupil.forename} ${pupil.surname.charAt(0)}.`);
        assert.equal(row[1], pupil.yearGroup);
        assert.equal(row[2], `${pupil.figures!.attendancePercent!.toFixed(1)}%`);
        assert.equal(row[3], String(pupil.figures!.unauthorisedAbsences));
      });
      assert.ok(
        texts.some((text) => text.startsWith(`npm run report -- --school ${DEMO_SCHOOL_URN}`)),
      );
    });
  }

  it('shows no UPN or full surname', async () => {
    const card = JSON.stringify((await ask('list persistently absent pupils')).attachments);
    const listed = selectPupils(pupils, { persistent: true }).slice(0, 20);

    for (const pupil of listed) {
      assert.equal(card.includes(pupil.upn), false, 'a UPN is on the card');
      if (pupil.surname.length > 1) assert.equal(card.includes(pupil.surname), false);
    }
  });

  it('counts beyond the 20 rows shown', async () => {
    const expected = selectPupils(pupils, { belowPercent: 99 });
    const card = (await ask('who is below 99%')).attachments?.[0]?.content;
    const texts = collect(card, (node) => node.type === 'TextBlock').map((block) =>
      String(block.text),
    );

    assert.ok(expected.length > 20, 'too few pupils for this test');
    assert.equal(tableRows(card).length, 20);
    assert.ok(texts.includes(`Showing 20 of ${expected.length}.`));
  });

  it('still answers rule questions', async () => {
    const reply = JSON.stringify((await ask('what is severe absence')).attachments);

    assert.match(reply, /Was this helpful/);
  });
});

describe('pupil lists with app credentials', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot({
      credentials: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      },
    });
  });

  after(async () => {
    await bot.stop();
  });

  // Authenticated HTTP requests would need tokens signed by the Bot Framework, so the turn is
  // run in process on the same bot instance that createApp built with the credentials.
  it('refuses school data until the school is linked', async () => {
    const replies: Partial<Activity>[] = [];
    const adapter = new TestAdapter((context) => bot.app.bot.run(context));

    await adapter.send('who is below 90%').assertReply((reply) => {
      replies.push(reply);
    });

    assert.equal(replies[0]?.text, SCHOOL_NOT_LINKED_MESSAGE);
    assert.equal(replies[0]?.attachments, undefined);
  });
});

describe('demo school at start-up', () => {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

  async function startBot(connectionString: string, seed: string): Promise<GroupProcess> {
    return spawnProcessGroup(tsx, ['bot/index.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(await findFreePort()),
        HOST: '127.0.0.1',
        AZURE_STORAGE_CONNECTION_STRING: connectionString,
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppTenantId: '',
        MicrosoftAppType: '',
        LOG_LEVEL: 'info',
        SEED_DEMO_SCHOOL: seed,
      },
    });
  }

  async function waitForOutput(bot: GroupProcess, pattern: RegExp): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!pattern.test(bot.output())) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${pattern}:\n${bot.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('seeds empty storage once, unless turned off', async function () {
    this.timeout(90_000);
    const azurite = await startEmbeddedAzurite({ location: '', inMemory: true });
    const store = new TableSchoolRegister(azurite.connectionString);
    try {
      const skipped = await startBot(azurite.connectionString, 'false');
      await waitForOutput(skipped, /listening on/);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await skipped.stop();
      const schoolsWhenOff = await store.listSchools();

      const seeded = await startBot(azurite.connectionString, '');
      await waitForOutput(seeded, /Seeded demo school/);
      await seeded.stop();

      assert.deepEqual(schoolsWhenOff, []);
      assert.match(seeded.output(), /Seeded demo school 999001 with 300 synthetic pupils/);
      assert.equal((await store.listPupils(DEMO_SCHOOL_URN)).length, 300);
      for (const pupil of (await store.listPupils(DEMO_SCHOOL_URN)).slice(0, 20)) {
        assert.equal(seeded.output().includes(pupil.surname), false, 'a pupil name was logged');
      }
    } finally {
      await azurite.stop();
    }
  });
});
