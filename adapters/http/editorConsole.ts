import { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { Session } from '../agents/agentSessions';
import { analyticsCsv } from '../editorial/analytics';
import { EditorialConflict, EditorialDesk, EditorialInvalid, INBOX_PAGE } from '../editorial/editorialDesk';
import { newArticleInput } from '../../knowledge/editorial/articleEdits';
import { ConsoleAuth, ErrorMapper, fail, sessionView, SessionHandler } from './consoleAuth';

export interface EditorConsoleDeps {
  desk: EditorialDesk;
  auth: ConsoleAuth;
  /** The index the bot answers from, and whether a rebuild is running. */
  indexStatus: () => unknown;
  /** Longest window an editor can look back: the log's retention. */
  retentionDays: number;
}

const EVENT_ID = z.string().regex(/^[0-9a-z]{1,12}-[0-9a-f]{10}$/);
/** A cluster can gather thousands of questions in a month; 5,000 ids stay well inside the default body limit. */
const MAX_EVENT_IDS = 5000;
const eventIds = z.array(EVENT_ID).min(1, 'Kies eerst vragen.').max(MAX_EVENT_IDS, 'Te veel vragen tegelijk. Kies een kleinere groep.');
const linkBody = z.object({
  eventIds,
  articleId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/i, 'Kies een artikel.')
    .max(120),
  phrasings: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
});
const dismissBody = z.object({ eventIds });
const previewBody = z.object({ title: z.string().max(120).default(''), lead: z.string().max(1500).default(''), body: z.string().max(8000).default('') });
const writeBody = newArticleInput.extend({ eventIds: z.array(EVENT_ID).max(MAX_EVENT_IDS).default([]) });
const inboxQuery = z.object({ days: z.coerce.number().int().min(1).max(3660).optional(), limit: z.coerce.number().int().min(1).max(1000).default(INBOX_PAGE) });
const rangeQuery = z.object({ period: z.enum(['day', 'week']).default('day'), days: z.coerce.number().int().min(1).max(3660).default(30) });

const mapError: ErrorMapper = (error) => {
  if (error instanceof EditorialInvalid) return { status: 400, code: 'BadRequest', message: error.message };
  if (error instanceof EditorialConflict) return { status: 409, code: 'Conflict', message: error.message };
  return undefined;
};

/** The editors' console over HTTP: the review inbox, its actions, publishing, and the figures with open-data export. */
export class EditorConsole {
  constructor(private readonly deps: EditorConsoleDeps) {}

  register(server: Server): void {
    server.get(
      '/api/editor/session',
      this.editor(async (req, res, session) => void res.send(200, sessionView(session))),
    );
    server.post('/api/editor/session', async (req: Request, res: Response) => this.deps.auth.signIn(req, res, 'editor'));
    server.del(
      '/api/editor/session',
      this.editor(async (req, res) => this.deps.auth.signOut(res)),
    );
    server.get(
      '/api/editor/inbox',
      this.editor((req, res) => this.inbox(req, res)),
    );
    server.post(
      '/api/editor/inbox/link',
      this.editor((req, res, session) => this.link(req, res, session)),
    );
    server.post(
      '/api/editor/inbox/dismiss',
      this.editor((req, res, session) => this.dismiss(req, res, session)),
    );
    server.post(
      '/api/editor/articles/preview',
      this.editor(async (req, res) => this.preview(req, res)),
    );
    server.post(
      '/api/editor/articles',
      this.editor((req, res, session) => this.write(req, res, session)),
    );
    server.get(
      '/api/editor/index',
      this.editor(async (req, res) => void res.send(200, this.deps.indexStatus())),
    );
    server.get(
      '/api/editor/analytics',
      this.editor((req, res) => this.analytics(req, res)),
    );
    server.get(
      '/api/editor/export.csv',
      this.editor((req, res) => this.export(req, res, 'csv')),
    );
    server.get(
      '/api/editor/export.json',
      this.editor((req, res) => this.export(req, res, 'json')),
    );
  }

  private async inbox(req: Request, res: Response): Promise<void> {
    const query = inboxQuery.safeParse(req.query ?? {});
    if (!query.success) return fail(res, 400, 'BadRequest', 'Kies een periode van 1 tot 3660 dagen en 1 tot 1000 groepen.');
    const days = Math.min(query.data.days ?? this.deps.retentionDays, this.deps.retentionDays);
    res.send(200, await this.deps.desk.inbox(days, query.data.limit));
  }

  private async link(req: Request, res: Response, session: Session): Promise<void> {
    const body = linkBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', firstProblem(body.error));
    const article = await this.deps.desk.link(body.data.eventIds, body.data.articleId, body.data.phrasings, session);
    res.send(200, { article, index: this.deps.indexStatus() });
  }

  private async dismiss(req: Request, res: Response, session: Session): Promise<void> {
    const body = dismissBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', firstProblem(body.error));
    res.send(200, { dismissed: await this.deps.desk.dismiss(body.data.eventIds, session) });
  }

  private preview(req: Request, res: Response): void {
    const body = previewBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', firstProblem(body.error));
    res.send(200, this.deps.desk.preview(body.data));
  }

  private async write(req: Request, res: Response, session: Session): Promise<void> {
    const body = writeBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', firstProblem(body.error));
    const { eventIds: ids, ...input } = body.data;
    const article = await this.deps.desk.write(input, ids, session);
    res.send(201, { article, index: this.deps.indexStatus() });
  }

  private async analytics(req: Request, res: Response): Promise<void> {
    const range = rangeQuery.safeParse(req.query ?? {});
    if (!range.success) return fail(res, 400, 'BadRequest', 'Kies een periode van 1 tot 3660 dagen.');
    const days = Math.min(range.data.days, this.deps.retentionDays);
    res.send(200, await this.deps.desk.analyticsWithUnanswered(range.data.period, days, 10));
  }

  /** Open data: counts and rates per period, never citizens' words. */
  private async export(req: Request, res: Response, format: 'csv' | 'json'): Promise<void> {
    const range = rangeQuery.safeParse(req.query ?? {});
    if (!range.success) return fail(res, 400, 'BadRequest', 'Kies een periode van 1 tot 3660 dagen.');
    const figures = await this.deps.desk.analytics(range.data.period, Math.min(range.data.days, this.deps.retentionDays));
    const name = `loket-cijfers-${figures.period}-${figures.from}-${figures.to}`;
    const body =
      format === 'csv'
        ? analyticsCsv(figures)
        : JSON.stringify(
            { period: figures.period, from: figures.from, to: figures.to, series: figures.series, totals: figures.totals, topQuestions: figures.topQuestions },
            null,
            2,
          );
    res.writeHead(200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  }

  private editor(handler: SessionHandler) {
    return this.deps.auth.guard('editor', handler, mapError);
  }
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue?.message && !issue.message.startsWith('Invalid') ? issue.message : 'Het verzoek is niet compleet. Controleer de velden.';
}
