/** An agent using the console API the way the console page does: session cookie, CSRF header, event stream. */
export class AgentClient {
  readonly events: { event: string; data: unknown }[] = [];
  private cookie = '';
  private csrf = '';
  private stream?: AbortController;

  /** `area`: which console's sign-in to use (agent or editor); the cookie works for both. */
  constructor(
    private readonly base: string,
    private readonly area: 'agent' | 'editor' = 'agent',
  ) {}

  async signIn(name: string, password: string): Promise<number> {
    const response = await fetch(`${this.base}/api/${this.area}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (response.status === 200) {
      this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      this.csrf = ((await response.json()) as { csrf: string }).csrf;
    }
    return response.status;
  }

  get cookieHeader(): string {
    return this.cookie;
  }

  async get<T = unknown>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.base}${path}`, { headers: { Cookie: this.cookie } });
    return { status: response.status, body: (await response.json().catch(() => undefined)) as T };
  }

  async post<T = unknown>(
    path: string,
    body: unknown = {},
    headers: Record<string, string> = { 'X-Loket-Csrf': this.csrf },
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: this.cookie, ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => undefined)) as T };
  }

  /** Opens the Server-Sent Events stream and collects its events. */
  async listen(): Promise<void> {
    this.stream = new AbortController();
    const response = await fetch(`${this.base}/api/agent/events`, {
      headers: { Cookie: this.cookie, Accept: 'text/event-stream' },
      signal: this.stream.signal,
    });
    if (response.status !== 200 || !response.body) throw new Error(`event stream refused: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event && data) this.events.push({ event, data: JSON.parse(data) });
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }

  async waitForEvent<T>(predicate: (event: { event: string; data: T }) => boolean, timeoutMs = 5000): Promise<{ event: string; data: T }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = (this.events as { event: string; data: T }[]).find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no matching event among ${JSON.stringify(this.events.map((event) => event.event))}`);
  }

  close(): void {
    this.stream?.abort();
  }
}
