import { Handover, HandoverMessage } from './handover';

const MAX_QUOTE = 160;

/**
 * A few lines an agent reads before replying: what the citizen asked and what
 * the bot did, taken from the transcript itself (extractive, no model), so
 * the citizen does not have to repeat anything.
 */
export function summariseHandover(handover: Handover, messages: HandoverMessage[]): string[] {
  const citizen = messages.filter((message) => message.from === 'citizen');
  const bot = messages.filter((message) => message.from === 'bot');
  const lines: string[] = [];
  if (handover.callback) {
    const method = handover.callback.method === 'phone' ? 'telefoon' : 'e-mail';
    lines.push(`Terugbelverzoek per ${method}: ${handover.callback.address}`, `Vraag: ${quote(handover.callback.question)}`);
  }
  if (citizen[0]) lines.push(`Eerste vraag: ${quote(citizen[0].text)}`);
  const answered = [...new Set(bot.filter((message) => message.kind === 'answer' && message.articleTitle).map((message) => message.articleTitle))];
  if (answered.length > 0) lines.push(`Bot gaf informatie uit: ${answered.join(', ')}`);
  const abstained = bot.filter((message) => message.kind === 'abstain').length;
  if (abstained > 0) lines.push(`Bot wist ${abstained}× geen antwoord`);
  if (bot.some((message) => message.kind === 'clarify')) lines.push('Bot vroeg om verduidelijking');
  const offered = [...new Set(bot.flatMap((message) => message.offered ?? []))];
  if (offered.length > 0) lines.push(`Bot bood als onderwerp aan: ${offered.join(', ')}`);
  if (bot.some((message) => message.kind === 'crisis')) lines.push('Bot gaf de noodnummers (crisisbericht)');
  const last = citizen[citizen.length - 1];
  if (last && last !== citizen[0]) lines.push(`Laatste bericht: ${quote(last.text)}`);
  lines.push(`Taal: ${handover.lang === 'en' ? 'Engels' : 'Nederlands'}`);
  return lines;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}
