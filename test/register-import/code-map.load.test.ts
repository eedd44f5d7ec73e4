import assert from 'node:assert/strict';
import { ProblemLog, loadCodeMap } from '../../register/import';
import { fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

describe('loadCodeMap', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('reads local codes and their national codes', async () => {
    const log = new ProblemLog();
    const mapping = await loadCodeMap(fixturePath('code-map.csv'), log);
    assert.equal(log.errorCount, 0);
    assert.deepEqual(
      [...mapping],
      [
        ['X01', 'Y1'],
        ['7', 'C'],
        ['8', 'B'],
        ['9', 'I'],
      ],
    );
  });

  it('matches local codes in any case', async () => {
    const log = new ProblemLog();
    const path = await folder.write('lower.csv', 'Local Code;National Code\r\nx02;y2\r\n');
    const mapping = await loadCodeMap(path, log);
    assert.equal(mapping.get('X02'), 'Y2');
  });

  const problemCases: [string, string, string, number, string, string][] = [
    [
      'a target that is not a code',
      'local_code,code\nX01,Y9\n',
      'import.code-map.target-invalid',
      2,
      'code',
      'Y9',
    ],
    [
      'a local code mapped twice',
      'local_code,code\n7,C\n7,B\n',
      'import.code-map.duplicate',
      3,
      'local_code',
      '7',
    ],
    ['a blank target', 'local_code,code\nX01, \n', 'import.value.missing', 2, 'code', ''],
    [
      'a missing column',
      'local,national\nX01,Y1\n',
      'import.column.missing',
      1,
      'code',
      'local, national',
    ],
  ];
  for (const [name, content, code, line, column, value] of problemCases) {
    it(`reports ${name}`, async () => {
      const log = new ProblemLog();
      const path = await folder.write('map.csv', content);
      await loadCodeMap(path, log);
      const problem = log.errors[0]!;
      assert.equal(problem.code, code);
      assert.equal(problem.line, line);
      assert.equal(problem.column, column);
      assert.equal(problem.value, value);
    });
  }

  it('warns when a national code is remapped', async () => {
    const log = new ProblemLog();
    const path = await folder.write('shadow.csv', 'local_code,code\nN,O\n');
    const mapping = await loadCodeMap(path, log);
    assert.equal(mapping.get('N'), 'O');
    assert.equal(log.warnings[0]?.code, 'import.code-map.shadows-national');
    assert.equal(log.warnings[0]?.line, 2);
  });
});
