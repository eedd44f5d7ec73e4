import assert from 'node:assert/strict';
import { escapeMarkdown, escapeTemplateExpressions } from '../../bot/cards';

describe('escapeMarkdown', () => {
  const cases: [string, string, string][] = [
    ['emphasis', '**bold** and _italic_', '\\*\\*bold\\*\\* and \\_italic\\_'],
    ['link', '[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['heading', '# Heading', '\\# Heading'],
    ['dash list', '- first\n- second', '\\- first\n\\- second'],
    ['plus list', '+ item', '\\+ item'],
    ['numbered list', '1. first\n  2) second', '1\\. first\n  2\\) second'],
    ['quote', '> quoted', '\\> quoted'],
    ['code', '`code`', '\\`code\\`'],
    ['template expression', '${entry.answer}', '$\\{entry.answer\\}'],
    ['backslash', 'C:\\temp', 'C:\\\\temp'],
    ['plain text', 'Code N - no reason yet.', 'Code N - no reason yet.'],
  ];

  for (const [name, input, expected] of cases) {
    it(`escapes ${name}`, () => {
      assert.equal(escapeMarkdown(input), expected);
    });
  }

  it('never leaves a template expression', () => {
    assert.equal(escapeMarkdown('$${a} ${${b}}').includes('${'), false);
  });
});

describe('escapeTemplateExpressions', () => {
  it('breaks every template expression', () => {
    const escaped = escapeTemplateExpressions('${a} and ${b}');

    assert.equal(escaped, '$\u200B{a} and $\u200B{b}');
  });

  it('keeps markdown and lone dollar signs', () => {
    assert.equal(escapeTemplateExpressions('**£5** or $5 {x}'), '**£5** or $5 {x}');
  });
});
