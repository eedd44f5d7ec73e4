import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../bot/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('loadConfig', () => {
  it('runs in local mode on 127.0.0.1:3978 when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3978);
    assert.equal(config.credentials, undefined);
    assert.equal(config.storageConnectionString, undefined);
  });

  it('reads PORT and the storage connection string', () => {
    const config = loadConfig({
      PORT: '4000',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    assert.equal(config.port, 4000);
    assert.equal(config.storageConnectionString, 'UseDevelopmentStorage=true');
  });

  it('accepts complete multi-tenant credentials', () => {
    const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    assert.equal(config.credentials?.MicrosoftAppType, 'MultiTenant');
  });

  it('accepts complete single-tenant credentials', () => {
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
    });
    assert.equal(config.credentials?.MicrosoftAppTenantId, TENANT_ID);
  });

  const invalid: Array<[string, Record<string, string>, string, RegExp]> = [
    [
      'a password without an app id',
      { MicrosoftAppPassword: 'secret' },
      'MicrosoftAppId',
      /MicrosoftAppPassword is set/,
    ],
    [
      'an app id without a password',
      { MicrosoftAppId: APP_ID },
      'MicrosoftAppPassword',
      /client secret/,
    ],
    [
      'an app id that is not a GUID',
      { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'x' },
      'MicrosoftAppId',
      /"my-bot"/,
    ],
    [
      'SingleTenant without a tenant id',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId',
      /SingleTenant/,
    ],
    [
      'an unknown app type',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'Personal' },
      'MicrosoftAppType',
      /"Personal"/,
    ],
    [
      'a tenant id that is not a GUID',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: 'glos' },
      'MicrosoftAppTenantId',
      /"glos"/,
    ],
    ['a port that is not a number', { PORT: 'eighty' }, 'PORT', /"eighty"/],
    ['a port out of range', { PORT: '70000' }, 'PORT', /1 to 65535/],
  ];
  for (const [name, env, variable, message] of invalid) {
    it(`rejects ${name}, naming ${variable}`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.equal(error.variable, variable);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
});
