import pino from 'pino';

/** Levelled logger shared by the bot; `child` adds the component name to every line. */
export type Logger = pino.Logger;

/** Levels accepted in `LOG_LEVEL`, most severe first. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Creates the process logger. `LOG_LEVEL` selects the level; `silent` turns logging off.
 * @throws Error naming LOG_LEVEL when the level is not one of `LOG_LEVELS`.
 */
export function createLogger(level: string = process.env.LOG_LEVEL || 'info'): Logger {
  if (!LOG_LEVELS.includes(level)) {
    throw new Error(`LOG_LEVEL: invalid value "${level}". Use one of ${LOG_LEVELS.join(', ')}.`);
  }
  return pino({
    level,
    base: { service: 'attendance-companion' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', 'headers.authorization', '*.password', 'MicrosoftAppPassword'],
      remove: true,
    },
  });
}
