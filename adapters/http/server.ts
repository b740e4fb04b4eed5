import { CloudAdapter, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import restify, { Next, Request, Response, Server } from 'restify';
import { messagesEndpoint } from '../channels/messagesEndpoint';
import { DirectLineChannel } from '../channels/directline/directLineChannel';
import { LocalConnector } from '../channels/directline/localConnector';
import { registerStaticAssets } from './staticAssets';

export interface Readiness {
  ready: boolean;
  detail: Record<string, unknown>;
}

export interface HttpServerDeps {
  maxBodyBytes: number;
  logger: Logger;
  channelAdapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  directLine: DirectLineChannel;
  connector: LocalConnector;
  readiness: () => Readiness;
  /** More API routes (the consoles, single sign-on). */
  routes?: { register(server: Server): void }[];
  /** Per-address limits, checked before any route. */
  limits?: (req: Request, res: Response, next: Next) => void;
}

/**
 * Pages are scripts from this origin only (no inline scripts); Web Chat
 * injects its styles at run time, hence 'unsafe-inline' for styles.
 */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The restify server: body limits and JSON parsing, `/api/messages` for Bot
 * Framework channels, Loket's own chat transport, health checks and the chat
 * page. Errors never show internal messages to callers.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  // restify logs through a bunyan-style logger; pino offers the same methods.
  const log = deps.logger.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'loket', handleUncaughtExceptions: false, log });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false }));
  server.use((req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    // Behind TLS (directly or at the proxy) browsers must keep using it.
    if (req.isSecure() || req.headers['x-forwarded-proto'] === 'https') res.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  if (deps.limits) server.use(deps.limits);

  server.post('/api/messages', messagesEndpoint(deps.channelAdapter, deps.logic, deps.logger));
  server.get('/healthz', async (req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (req: Request, res: Response) => {
    const readiness = deps.readiness();
    res.send(readiness.ready ? 200 : 503, { status: readiness.ready ? 'ready' : 'starting', ...readiness.detail });
  });
  deps.directLine.register(server);
  deps.connector.register(server);
  for (const routes of deps.routes ?? []) routes.register(server);
  registerStaticAssets(server, PAGE_SECURITY_HEADERS);

  server.server.on('upgrade', (request, socket, head: Buffer) => {
    if (!deps.directLine.handleUpgrade(request, socket, head)) socket.destroy();
  });
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      deps.logger.error({ event: 'http-error', method: req.method, path: req.getPath(), err });
      err.toJSON = () => ({ error: { code: 'InternalError', message: 'Something went wrong. Er ging iets mis.' } });
    }
    callback();
  });
  return server;
}
