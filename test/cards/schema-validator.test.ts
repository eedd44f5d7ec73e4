import assert from 'node:assert/strict';
import {
  assertValidAdaptiveCard,
  getAdaptiveCardValidator,
  getTeamsManifestValidator,
} from '../support/schema-validator';

function buildCard(body: Record<string, unknown>[]): Record<string, unknown> {
  return { type: 'AdaptiveCard', version: '1.5', body };
}

describe('schema validator', () => {
  it('accepts a minimal card', () => {
    const errors = getAdaptiveCardValidator()(buildCard([{ type: 'TextBlock', text: 'Hello' }]));

    assert.deepEqual(errors, []);
  });

  it('reports the path of an invalid nested element', () => {
    const card = buildCard([
      { type: 'TextBlock', text: 'Fine' },
      { type: 'Container', items: [{ type: 'TextBlock', txt: 'Typo' }] },
    ]);

    const errors = getAdaptiveCardValidator()(card);

    assert.deepEqual(errors, [
      `/body/1/items/0 must have required property 'text' {"missingProperty":"text"}`,
      `/body/1/items/0 must NOT have additional properties {"additionalProperty":"txt"}`,
    ]);
  });

  it('reports an unknown element type', () => {
    const errors = getAdaptiveCardValidator()(buildCard([{ type: 'TextBlok', text: 'Typo' }]));

    assert.deepEqual(errors, ['/body/0/type "TextBlok" is not an Adaptive Card 1.5 type']);
  });

  it('fails assertions with the error list', () => {
    const card = buildCard([{ type: 'TextBlock', text: 'Hi', colour: 'Good' }]);

    assert.throws(() => assertValidAdaptiveCard(card), /\/body\/0 .*"additionalProperty":"colour"/);
  });

  it('reports manifest errors by path', () => {
    const errors = getTeamsManifestValidator()({ manifestVersion: '1.29', id: 'not-a-guid' });

    assert.ok(errors.some((error) => error.startsWith('/id must match pattern')));
    assert.ok(errors.some((error) => error.includes(`required property 'developer'`)));
  });
});
