import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Request, Response, Server } from 'restify';
import { PROJECT_ROOT } from '../../bot/projectRoot';

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  cacheSeconds: number;
}

const PUBLIC = join(PROJECT_ROOT, 'adapters', 'http', 'public');

/**
 * The citizen's chat page and its scripts, served by Loket itself. Web Chat
 * comes from the `botframework-webchat` package in node_modules, never from a
 * CDN, and is compressed once at start-up (3.9 MB → about 1 MB).
 */
export function registerStaticAssets(server: Server, securityHeaders: Record<string, string>): void {
  const assets = new Map<string, () => Asset>([
    ['/', lazy(() => asset(join(PUBLIC, 'index.html'), 'text/html; charset=utf-8', 0))],
    ['/static/base.css', lazy(() => asset(join(PUBLIC, 'base.css'), 'text/css; charset=utf-8', 300))],
    ['/static/chat.js', lazy(() => asset(join(PUBLIC, 'chat.js'), 'text/javascript; charset=utf-8', 300))],
    ['/static/chat.css', lazy(() => asset(join(PUBLIC, 'chat.css'), 'text/css; charset=utf-8', 300))],
    ['/agent', lazy(() => consolePage('agent.html', '/agent'))],
    ['/static/console.js', lazy(() => asset(join(PUBLIC, 'console.js'), 'text/javascript; charset=utf-8', 300))],
    ['/static/agent.js', lazy(() => asset(join(PUBLIC, 'agent.js'), 'text/javascript; charset=utf-8', 300))],
    ['/static/console.css', lazy(() => asset(join(PUBLIC, 'console.css'), 'text/css; charset=utf-8', 300))],
    ['/static/agent.css', lazy(() => asset(join(PUBLIC, 'agent.css'), 'text/css; charset=utf-8', 300))],
    ['/editor', lazy(() => consolePage('editor.html', '/editor'))],
    ['/static/editor.js', lazy(() => asset(join(PUBLIC, 'editor.js'), 'text/javascript; charset=utf-8', 300))],
    ['/static/editor.css', lazy(() => asset(join(PUBLIC, 'editor.css'), 'text/css; charset=utf-8', 300))],
    ['/static/webchat.js', lazy(() => asset(webChatBundle(), 'text/javascript; charset=utf-8', 86_400))],
  ]);
  for (const [path, load] of assets) {
    server.get(path, async (req: Request, res: Response) => {
      serve(load(), req, res, securityHeaders);
    });
  }
}

/** The package exports no subpaths, so the UMD bundle is found next to its main entry (lib/index.js). */
function webChatBundle(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

function serve(item: Asset, req: Request, res: Response, securityHeaders: Record<string, string>): void {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = acceptsGzip && item.gzipped ? item.gzipped : item.body;
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': item.type,
    'Content-Length': body.length,
    'Cache-Control': item.cacheSeconds > 0 ? `public, max-age=${item.cacheSeconds}` : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(body === item.gzipped ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
}

const SIGN_IN_MARKER = '    <!-- sign-in -->\n';

/** A console page with the sign-in form both consoles share, titled like the page and returning to it after single sign-on. */
function consolePage(file: string, path: string): Asset {
  const page = readFileSync(join(PUBLIC, file), 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? 'Loket';
  const form = readFileSync(join(PUBLIC, 'consoleSignIn.html'), 'utf8')
    .replace(/^<!--.*-->\n/, '')
    .replaceAll('{{title}}', () => title)
    .replaceAll('{{page}}', () => path);
  if (!page.includes(SIGN_IN_MARKER)) throw new Error(`${file} has no sign-in marker`);
  return withBody(Buffer.from(page.replace(SIGN_IN_MARKER, () => form)), 'text/html; charset=utf-8', 0);
}

function asset(path: string, type: string, cacheSeconds: number): Asset {
  return withBody(readFileSync(path), type, cacheSeconds);
}

function withBody(body: Buffer, type: string, cacheSeconds: number): Asset {
  return { body, type, cacheSeconds, ...(body.length > 1024 ? { gzipped: gzipSync(body) } : {}) };
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
