import { Activity } from 'botbuilder';
import { FileChatTranscriptStore } from '../../adapters/channels/directline/chatTranscriptStore';
import { temporaryDirectory } from '../support/paths';

const line = (text: string) => ({ type: 'message', text }) as Activity;

describe('the chat page transcript on disk', () => {
  it('keeps every line appended at once after a restart, each with its own number', async () => {
    const data = await temporaryDirectory('transcripts');
    try {
      const before = new FileChatTranscriptStore(data.path);
      await before.create('conversation-1', 'citizen-1');
      await before.append('conversation-1', line('ik wil een medewerker spreken'));

      // After a restart nothing is cached: two deliveries retried at once (a notice and an agent's message) both load the file.
      const restarted = new FileChatTranscriptStore(data.path);
      await Promise.all([restarted.append('conversation-1', line('U chat nu met Anna')), restarted.append('conversation-1', line('Bent u er nog?'))]);
      const seen = await restarted.since('conversation-1', 0);
      expect(seen.activities.map((activity) => activity.text).sort()).toEqual(['Bent u er nog?', 'U chat nu met Anna', 'ik wil een medewerker spreken']);

      const onDisk = await new FileChatTranscriptStore(data.path).since('conversation-1', 0);
      expect(new Set(onDisk.activities.map((activity) => activity.id)).size).toBe(3);
    } finally {
      await data.remove();
    }
  });
});
