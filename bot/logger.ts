import pino from 'pino';

/** Levelled logger shared by the bot; `child` adds the component name to every line. */
export type Logger = pino.Logger;

/** Creates the process logger. `LOG_LEVEL` selects the level; `silent` turns logging off. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
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
