import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const DOMAIN_ROOT = path.resolve(__dirname, '..', 'domain');

/** Packages that tie code to Teams, the Bot Framework, HTTP or storage. */
const FORBIDDEN = [
  /^botbuilder/,
  /^botframework-/,
  /^restify/,
  /^@azure\//,
  /^@microsoft\/teams/,
  /^adaptivecards/,
];

function listTypeScriptFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const fullPath = path.join(folder, item.name);
    if (item.isDirectory()) return listTypeScriptFiles(fullPath);
    return item.name.endsWith('.ts') ? [fullPath] : [];
  });
}

function importSpecifiers(source: string): string[] {
  const pattern = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

describe('domain folder', () => {
  const files = listTypeScriptFiles(DOMAIN_ROOT);

  it('contains TypeScript files to check', () => {
    assert.ok(files.length > 0);
  });

  it('imports nothing from Teams, the Bot Framework, restify or Azure', () => {
    const violations = files.flatMap((file) =>
      importSpecifiers(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)))
        .map((specifier) => `${path.relative(DOMAIN_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(violations, []);
  });

  it('imports no project code from outside domain/', () => {
    const violations = files.flatMap((file) =>
      importSpecifiers(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => !path.resolve(path.dirname(file), specifier).startsWith(DOMAIN_ROOT))
        .map((specifier) => `${path.relative(DOMAIN_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(violations, []);
  });

  it('detects a forbidden import in sample source', () => {
    const specifiers = importSpecifiers("import { TableClient } from '@azure/data-tables';");
    assert.ok(specifiers.some((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier))));
  });
});
