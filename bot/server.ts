import { AuthenticationError } from 'botframework-connector';
import restify, { type Request, type Response } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { findActivityProblem, parseTimestamps } from './activity-validation';
import type { BotAdapter } from './adapter';
import type { Logger } from './logger';
import { RepeatLimitedLog } from './repeat-limited-log';

/** Largest request body accepted, in bytes. Teams messages are far smaller. */
const MAX_BODY_BYTES = 256 * 1024;

/** Anything that can handle a turn: the bot, or a bare handler in benchmarks. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/** Creates the HTTP server with `POST /api/messages` and `GET /healthz`. */
export function createServer(
  adapter: BotAdapter,
  bot: TurnHandler,
  logger: Logger,
  options: { authenticated: boolean },
): restify.Server {
  const server = restify.createServer({ name: 'attendance-companion' });
  const rejectedTokens = new RepeatLimitedLog(logger, 'Rejected a request without a valid token');
  const rejectedBodies = new RepeatLimitedLog(logger, 'Rejected a request that is not an activity');
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const authHeader = req.header('authorization') ?? '';
    if (options.authenticated && !/^Bearer \S+$/.test(authHeader)) {
      rejectedTokens.record({ reason: 'missing bearer token' });
      res.send(401, { code: 'Unauthorized', message: 'A Bot Framework bearer token is required.' });
      return;
    }

    const problem = findActivityProblem(req.body, !options.authenticated);
    if (problem) {
      rejectedBodies.record({ problem });
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }

    const activity = req.body as Activity;
    parseTimestamps(req.body);
    try {
      const invokeResponse = await adapter.handleActivity(authHeader, activity, (context) =>
        bot.run(context),
      );
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        rejectedTokens.record({ reason: error.message });
        res.send(401, { code: 'Unauthorized', message: 'The Bot Framework token is not valid.' });
        return;
      }
      logger.error({ err: error, activityId: activity.id }, 'Failed to process an activity');
      res.send(500, { code: 'InternalError', message: 'The activity could not be processed.' });
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
      else if (status === 404 || status === 405) logger.debug(details, 'Request rejected');
      else logger.warn(details, 'Request rejected');
      return callback();
    },
  );
  return server;
}
