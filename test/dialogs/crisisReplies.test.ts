import { checkInReply, safetyReply } from '../../dialogs/safety/crisisReplies';
import { CrisisCategory } from '../../dialogs/safety/crisisClassifier';
import { loadConfig } from '../../bot/config';

describe('crisis replies', () => {
  const { contact } = loadConfig({ LOG_LEVEL: 'silent' });
  const categories: CrisisCategory[] = ['suicide', 'abuse', 'emergency'];

  it.each(categories.flatMap((category) => (['nl', 'en'] as const).map((lang) => [category, lang] as const)))(
    'a check-in for a possible %s crisis (%s) names every line: the kind of crisis is the least sure part of a guess',
    (category, lang) => {
      const text = checkInReply(category, lang).text;
      for (const number of ['**113**', '**0800-2000**', '112']) expect(text).toContain(number);
      expect(text.match(/0800-2000/g)).toHaveLength(1);
    },
  );

  it('puts the guessed line first', () => {
    expect(checkInReply('abuse', 'nl').text.indexOf('Veilig Thuis')).toBeLessThan(checkInReply('abuse', 'nl').text.indexOf('113'));
    expect(checkInReply('suicide', 'en').text.indexOf('113')).toBeLessThan(checkInReply('suicide', 'en').text.indexOf('Veilig Thuis'));
  });

  it('keeps the reply to a safety rule to its own lines: the rule said which crisis', () => {
    const text = safetyReply({ category: 'suicide', phrase: 'zelfmoord' }, 'nl', contact, undefined).text;
    expect(text).toContain('**113**');
    expect(text).not.toContain('Veilig Thuis');
  });

  it("adds another kind's line under a rule's reply when the message reads as that kind too", () => {
    const text = safetyReply({ category: 'emergency', phrase: 'knife' }, 'en', contact, undefined, 'abuse').text;
    expect(text.indexOf('Call 112')).toBeLessThan(text.indexOf('Veilig Thuis'));
    const same = safetyReply({ category: 'emergency', phrase: 'brand' }, 'nl', contact, undefined, 'emergency').text;
    expect(same).toBe(safetyReply({ category: 'emergency', phrase: 'brand' }, 'nl', contact, undefined).text);
  });
});
