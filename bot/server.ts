import restify, { type Request, type Response } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './logger';

/** Largest request body accepted, in bytes. Teams messages are far smaller. */
const MAX_BODY_BYTES = 256 * 1024;

/** Anything that can handle a turn: the bot, or a bare handler in benchmarks. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/** Creates the HTTP server with `POST /api/messages` and `GET /healthz`. */
export function createServer(
  adapter: CloudAdapter,
  bot: TurnHandler,
  logger: Logger,
): restify.Server {
  const server = restify.createServer({ name: 'attendance-companion' });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = checkActivityShape(req.body);
    if (problem) {
      res.send(400, { error: 'BadRequest', message: problem });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error, activityId: req.body?.id }, 'Failed to process an activity');
      if (!res.headersSent) {
        res.send(500, {
          error: 'InternalServerError',
          message: 'The activity could not be processed.',
        });
      }
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.on(
    'restifyError',
    (
      req: Request,
      _res: Response,
      error: Error & { statusCode?: number },
      callback: () => void,
    ) => {
      const status = error.statusCode ?? 500;
      const details = { status, method: req.method, path: req.path(), error: error.message };
      if (status >= 500) logger.error(details, 'Request failed');
      else logger.warn(details, 'Request rejected');
      return callback();
    },
  );
  return server;
}

/** Returns why a request body is not a Bot Framework activity, or undefined when it is one. */
function checkActivityShape(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The request body must be a JSON object holding a Bot Framework activity.';
  }
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') {
    return 'The activity has no "type". Send a Bot Framework activity such as {"type":"message",...}.';
  }
  for (const field of ['conversation', 'from', 'recipient'] as const) {
    const value = activity[field];
    if (value !== undefined && (typeof value !== 'object' || value === null)) {
      return `The activity field "${field}" must be an object.`;
    }
  }
  if (activity.serviceUrl !== undefined && typeof activity.serviceUrl !== 'string') {
    return 'The activity field "serviceUrl" must be a string URL.';
  }
  return undefined;
}
