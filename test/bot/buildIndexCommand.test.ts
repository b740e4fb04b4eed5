import { execFile } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FileConversationLog } from '../../adapters/conversationLog/fileConversationLog';
import { newEventId } from '../../dialogs/conversationLog';
import { FIXTURES, ROOT, temporaryDirectory } from '../support/paths';

const run = promisify(execFile);
const ASKED = 'hoeveel hondenbelasting betaal ik per jaar';

const NEW_ARTICLE = `---
id: korting-hondenbelasting
title: Korting op hondenbelasting
questions:
  - ${ASKED}
tags: [hond]
url: https://example.org/korting-hondenbelasting
lang: nl
updated: 2026-12-05
owner: Testteam
---

Heeft u een laag inkomen? Dan betaalt u minder hondenbelasting.
`;

/** `npm run index` (the built command) on a copy of the fixture content, with an embedded conversation log. */
describe('npm run index, after content edited outside the console', () => {
  let folder: Awaited<ReturnType<typeof temporaryDirectory>>;
  beforeAll(async () => {
    folder = await temporaryDirectory('index-command');
    await cp(join(FIXTURES, 'knowledge'), join(folder.path, 'content'), { recursive: true });
  });
  afterAll(() => folder.remove());

  const index = async () =>
    (
      await run(process.execPath, [join(ROOT, 'dist', 'bot', 'commands', 'buildIndex.js')], {
        cwd: ROOT,
        env: { ...process.env, LOKET_DATA_DIR: folder.path, LOKET_KNOWLEDGE_PATH: join(folder.path, 'content'), LOG_LEVEL: 'silent' },
      })
    ).stdout;

  it('lists the questions citizens asked that the new version answers from another article', async () => {
    const first = await index();
    expect(first).toMatch(/^Index built and switched to version \w+: 4 articles/);
    expect(first).not.toContain('Checked');

    const at = Date.now();
    const log = new FileConversationLog(join(folder.path, 'log', 'conversations'));
    await log.append({
      id: newEventId(at),
      at,
      kind: 'turn',
      conversationId: 'c1',
      channel: 'directline',
      lang: 'nl',
      text: ASKED,
      status: 'answered',
      reason: 'answer',
      articleId: 'hondenbelasting',
    });
    await log.close();
    await writeFile(join(folder.path, 'content', 'demo', 'korting-hondenbelasting.md'), NEW_ARTICLE);

    const second = await index();
    expect(second).toMatch(/^Index built and switched to version \w+: 5 articles/);
    expect(second).toMatch(/Checked \d+ questions \(listed, and asked by citizens lately\) against the previous version: 1 now lead elsewhere\./);
    expect(second).toContain(`  "${ASKED}" (asked by citizens): Hondenbelasting -> Korting op hondenbelasting\n`);

    const third = await index();
    expect(third).toMatch(/^Index unchanged, kept version/);
    expect(third).not.toContain('Checked');
  }, 60_000);
});
