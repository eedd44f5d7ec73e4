/** Bot Framework app registration, in the names the Bot Framework SDK reads. */
export interface BotCredentials {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId: string;
}

/** Settings read once at start-up from the environment. */
export interface AppConfig {
  /** Interface the HTTP server binds to. */
  host: string;
  port: number;
  /** App credentials, or undefined in local mode (no authentication). */
  credentials?: BotCredentials;
  /** Azure Storage connection string, or undefined to start an embedded Azurite. */
  storageConnectionString?: string;
  /** Folder for the embedded Azurite's data. */
  azuriteLocation: string;
}

/** Start-up configuration that cannot be used; the message names the variable and the fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Environment = Record<string, string | undefined>;

/** Reads and validates the configuration, throwing a ConfigError on the first bad variable. */
export function loadConfig(env: Environment = process.env): AppConfig {
  return {
    host: readHost(env),
    port: readPort(env),
    credentials: readCredentials(env),
    storageConnectionString: readValue(env, 'AZURE_STORAGE_CONNECTION_STRING'),
    azuriteLocation: readValue(env, 'AZURITE_LOCATION') ?? '.local/azurite',
  };
}

function readValue(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readHost(env: Environment): string {
  return readValue(env, 'HOST') ?? '127.0.0.1';
}

function readPort(env: Environment): number {
  const raw = readValue(env, 'PORT');
  if (raw === undefined) return 3978;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `invalid value "${raw}". Set a whole number from 1 to 65535.`);
  }
  return port;
}

function readCredentials(env: Environment): BotCredentials | undefined {
  const appId = readValue(env, 'MicrosoftAppId');
  const password = readValue(env, 'MicrosoftAppPassword');
  const tenantId = readValue(env, 'MicrosoftAppTenantId');
  const typeValue = readValue(env, 'MicrosoftAppType');

  if (!appId) {
    const stray = [
      ['MicrosoftAppPassword', password],
      ['MicrosoftAppTenantId', tenantId],
      ['MicrosoftAppType', typeValue],
    ].find(([, value]) => value !== undefined);
    if (stray) {
      throw new ConfigError(
        'MicrosoftAppId',
        `missing, but ${stray[0]} is set. Set MicrosoftAppId to the bot's app id, or unset ${stray[0]} to run in local mode.`,
      );
    }
    return undefined;
  }

  const appType = readAppType(typeValue);
  checkGuid('MicrosoftAppId', appId);
  if (tenantId) checkGuid('MicrosoftAppTenantId', tenantId);
  if (appType !== 'UserAssignedMSI' && !password) {
    throw new ConfigError(
      'MicrosoftAppPassword',
      `missing for MicrosoftAppType ${appType}. Set it to the client secret of app ${appId}.`,
    );
  }
  if (appType !== 'MultiTenant' && !tenantId) {
    throw new ConfigError(
      'MicrosoftAppTenantId',
      `missing for MicrosoftAppType ${appType}. Set it to the Microsoft Entra tenant id of the app registration.`,
    );
  }
  return {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: password ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId ?? '',
  };
}

function readAppType(value: string | undefined): BotCredentials['MicrosoftAppType'] {
  if (value === undefined) return 'MultiTenant';
  const match = APP_TYPES.find((type) => type.toLowerCase() === value.toLowerCase());
  if (!match) {
    throw new ConfigError(
      'MicrosoftAppType',
      `invalid value "${value}". Use one of ${APP_TYPES.join(', ')}.`,
    );
  }
  return match;
}

function checkGuid(variable: string, value: string): void {
  if (!GUID.test(value)) {
    throw new ConfigError(
      variable,
      `invalid value "${value}". Use the GUID shown in the Azure portal, for example 00000000-0000-0000-0000-000000000000.`,
    );
  }
}
