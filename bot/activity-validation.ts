/** Host names a local-mode bot may reply to: the connector must run on this machine. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAccount(activity: Json, field: string): string | undefined {
  const account = activity[field];
  if (!isObject(account) || typeof account.id !== 'string' || account.id === '') {
    return `The activity field "${field}" must be an object with a string "id".`;
  }
  return undefined;
}

function checkOptionalArray(activity: Json, field: string, needsId = false): string | undefined {
  const value = activity[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every(isObject)) {
    return `The activity field "${field}" must be an array of objects.`;
  }
  if (needsId && !value.every((item) => typeof item.id === 'string')) {
    return `Every item of "${field}" must have a string "id".`;
  }
  return undefined;
}

function checkMentions(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined;
  const broken = entities.some(
    (entity) => isObject(entity) && entity.type === 'mention' && !isObject(entity.mentioned),
  );
  return broken ? 'Every mention entity must have a "mentioned" account object.' : undefined;
}

function checkCardAction(activity: Json): string | undefined {
  if (activity.type !== 'invoke' || activity.name !== 'adaptiveCard/action') return undefined;
  const value = activity.value;
  if (!isObject(value) || !isObject(value.action) || typeof value.action.type !== 'string') {
    return 'An adaptiveCard/action invoke needs a "value" with an "action" object and its "type".';
  }
  return undefined;
}

function checkServiceUrl(value: unknown, localMode: boolean): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    return 'The activity needs "serviceUrl", the absolute URL of the connector that gets the reply.';
  }
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Invalid serviceUrl "${value}": it must be an http or https URL.`;
  }
  if (localMode && !LOOPBACK_HOSTS.has(url.hostname)) {
    return (
      `Invalid serviceUrl "${value}": in local mode the bot only replies to a connector on ` +
      'this machine (127.0.0.1, localhost or [::1]). Set MicrosoftAppId to accept Teams traffic.'
    );
  }
  return undefined;
}

/**
 * Returns why a request body is not an activity the bot can handle, or undefined when it is.
 * In local mode requests are not authenticated, so replies may only go to a loopback
 * connector. Otherwise anyone who reaches the port could make the bot post to any address.
 */
export function findActivityProblem(body: unknown, localMode: boolean): string | undefined {
  if (!isObject(body)) {
    return 'The request body must be a JSON object holding a Bot Framework activity.';
  }
  if (typeof body.type !== 'string' || body.type === '') {
    return 'The activity has no "type". Send a Bot Framework activity such as {"type":"message",...}.';
  }
  const checks = [
    () => checkServiceUrl(body.serviceUrl, localMode),
    () => checkAccount(body, 'conversation'),
    () => checkAccount(body, 'from'),
    () => checkAccount(body, 'recipient'),
    () => checkOptionalArray(body, 'entities'),
    () => checkMentions(body.entities),
    () => checkOptionalArray(body, 'attachments'),
    () => checkOptionalArray(body, 'membersAdded', true),
    () => checkOptionalArray(body, 'membersRemoved', true),
    () =>
      body.text !== undefined && typeof body.text !== 'string'
        ? 'The activity field "text" must be a string.'
        : undefined,
    () =>
      body.channelData !== undefined && !isObject(body.channelData)
        ? 'The activity field "channelData" must be an object.'
        : undefined,
    () =>
      body.type === 'invoke' && typeof body.name !== 'string'
        ? 'An invoke activity needs a string "name".'
        : undefined,
    () => checkCardAction(body),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}

/** Converts the activity's ISO timestamps to Date objects, as the Bot Framework SDK expects. */
export function parseTimestamps(activity: Json): void {
  for (const field of ['timestamp', 'localTimestamp', 'expiration']) {
    const value = activity[field];
    if (typeof value === 'string') activity[field] = new Date(value);
  }
}
