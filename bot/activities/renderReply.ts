import { Activity, ActionTypes, CardAction, CardFactory, MessageFactory } from 'botbuilder';
import { Choice, ChoiceFactory, supportsSuggestedActions } from 'botbuilder-dialogs';
import { isArticleChoice } from '../../dialogs/clarification';
import { Reply, ReplyButton } from '../../dialogs/types';
import { toActionValue } from './citizenMessage';

/**
 * Renders a Loket reply as one Bot Framework message: Markdown text, a card
 * with the source link for answers, the clarification options (and the quick
 * replies after them) in the form the channel supports (ChoiceFactory), and
 * otherwise quick replies as suggested actions.
 */
export function renderReply(reply: Reply, channelId: string): Partial<Activity> {
  const text = withoutHtml(reply.text);
  // Topics offered with an abstain keep its way to a person: the quick replies go after the choices.
  const activity: Partial<Activity> = reply.choices
    ? renderChoices(text, [...reply.choices, ...(reply.suggestions ?? [])], channelId)
    : MessageFactory.text(text);
  activity.textFormat = 'markdown';
  activity.locale = reply.lang === 'en' ? 'en-US' : 'nl-NL';
  if (reply.source) {
    activity.attachments = [
      CardFactory.heroCard(`${reply.lang === 'en' ? 'Source' : 'Bron'}: ${reply.source.title}`, new URL(reply.source.url).host, undefined, [
        { type: ActionTypes.OpenUrl, title: reply.lang === 'en' ? 'Read more on the website (Dutch)' : 'Lees meer op de website', value: reply.source.url },
      ]),
    ];
  }
  if (reply.suggestions && !reply.choices) activity.suggestedActions = { actions: reply.suggestions.map(toCardAction), to: [] };
  const options = reply.choices?.filter(isArticleChoice).map((choice) => choice.action.articleId);
  activity.channelData = { loket: { kind: reply.kind, reason: reply.reason, articleId: reply.source?.articleId, options, handover: reply.handover } };
  return activity;
}

/**
 * Replies are Markdown, never HTML: an article (written in the console or
 * imported) may contain tags, and Markdown renderers such as Web Chat's pass
 * HTML through. As an entity, "<" is shown as the character and starts no tag.
 */
export function withoutHtml(markdown: string): string {
  return markdown.replace(/</g, '&lt;');
}

/**
 * Clarification options as buttons where the channel has suggested actions
 * (long titles wrap in Web Chat, unlike ChoiceFactory's 20-character rule),
 * otherwise as a numbered list the citizen answers by typing a number.
 */
function renderChoices(text: string, choices: ReplyButton[], channelId: string): Partial<Activity> {
  if (supportsSuggestedActions(channelId, choices.length)) {
    const activity = MessageFactory.text(text);
    activity.suggestedActions = { actions: choices.map(toCardAction), to: [] };
    return activity;
  }
  return ChoiceFactory.list(choices.map(toChoice), text, undefined, { includeNumbers: true });
}

function toCardAction(button: ReplyButton): CardAction {
  return { type: ActionTypes.MessageBack, title: button.label, text: button.text, displayText: button.text, value: toActionValue(button.action) };
}

function toChoice(button: ReplyButton): Choice {
  return { value: button.text, action: toCardAction(button) };
}
