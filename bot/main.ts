import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { startLoket } from './loket';

const SHUTDOWN_GRACE_MS = 10_000;

/** `npm start`: validate configuration, start Loket, stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Loket did not start.\n${error.message}\nSee README.md (Configuration) and .env.example.\n`);
    process.exit(78);
  }
  const logger = pino({ level: config.logLevel, base: { service: 'loket' } });
  const loket = await startLoket(config, { logger });
  loket.ready.then(
    () => logger.info({ event: 'ready', url: loket.url }),
    (error: unknown) => {
      logger.fatal({ event: 'knowledge-failed', err: error });
      process.exit(1);
    },
  );
  const stop = (signal: string) => {
    logger.info({ event: 'shutdown', signal });
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    loket.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main();
