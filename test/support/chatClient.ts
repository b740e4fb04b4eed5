import WebSocket from 'ws';
import { postJson } from './loketServer';

export interface Grant {
  conversationId: string;
  userId: string;
  token: string;
}
export interface StreamedActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: { clientActivityID?: string; loket?: { articleId?: string; kind?: string; reason?: string; handover?: string } };
  suggestedActions?: { actions: { title: string; text?: string; value?: unknown }[] };
}

/** A Direct Line client doing what Web Chat's DirectLineJS does. */
export class ChatClient {
  readonly received: StreamedActivity[] = [];
  private socket?: WebSocket;
  constructor(
    private readonly base: string,
    readonly grant: Grant,
  ) {}

  static async start(base: string): Promise<ChatClient> {
    const grant = (await postJson(`${base}/api/chat/token`, {})).json as Grant;
    return new ChatClient(base, grant);
  }

  async connect(path = 'conversations', method: 'POST' | 'GET' = 'POST'): Promise<number> {
    const response = await fetch(`${this.base}/v3/directline/${path}`, { method, headers: this.headers });
    if (response.status >= 300) return response.status;
    const { streamUrl } = (await response.json()) as { streamUrl: string };
    this.socket = new WebSocket(streamUrl);
    this.socket.on('message', (data) => this.received.push(...(JSON.parse(String(data)) as { activities: StreamedActivity[] }).activities));
    await new Promise((resolve, reject) => this.socket?.once('open', resolve).once('error', reject));
    return response.status;
  }

  send(text: string, extra: Record<string, unknown> = {}) {
    return postJson(
      `${this.base}/v3/directline/conversations/${this.grant.conversationId}/activities`,
      { type: 'message', text, from: { id: 'ignored' }, channelData: { clientActivityID: `c-${text.length}` }, ...extra },
      this.headers,
    );
  }

  async waitFor(predicate: (activity: StreamedActivity) => boolean, timeoutMs = 2000): Promise<StreamedActivity> {
    for (let attempt = 0; attempt < timeoutMs / 20; attempt++) {
      const found = this.received.find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no matching activity among ${JSON.stringify(this.received.map((activity) => activity.text))}`);
  }

  /** Sends a message and waits for the bot's first reply to it (the welcome never counts). */
  async ask(text: string, timeoutMs = 5000): Promise<StreamedActivity> {
    const before = this.received.length;
    await this.send(text);
    return this.waitFor(
      (activity) =>
        this.received.indexOf(activity) >= before &&
        activity.from.role === 'bot' &&
        activity.type === 'message' &&
        activity.channelData?.loket?.reason !== 'welcome',
      timeoutMs,
    );
  }

  close() {
    this.socket?.close();
  }

  get headers() {
    return { Authorization: `Bearer ${this.grant.token}` };
  }
}

/** Presses a suggested-action button the way Web Chat does (messageBack with the button's value). */
export async function pressButton(client: ChatClient, activity: StreamedActivity, label: RegExp) {
  const action = activity.suggestedActions?.actions.find((candidate) => label.test(candidate.title));
  if (!action) throw new Error(`no button matching ${label} on ${JSON.stringify(activity.text)}`);
  return client.send(action.text ?? action.title, { value: action.value });
}
