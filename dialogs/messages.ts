import { Lang } from './types';
import type { OrganisationMention } from './places/otherOrganisations';

/** How citizens reach the organisation's people; configured per deployment. */
export interface ContactDetails {
  organisation: string;
  phone: string;
  phoneHours: { nl: string; en: string };
  chatHours: { nl: string; en: string };
  contactUrl: string;
}

/**
 * Every fixed sentence Loket says to citizens, in Dutch (B1, "u") and English.
 * Kept in one place so wording is reviewed once and errors never leak
 * internal messages: a failed step ends in one of these.
 */
export function messages(lang: Lang, contact: ContactDetails) {
  const nl = lang === 'nl';
  const reach = nl
    ? `Bel ${contact.organisation} op **${contact.phone}** (${contact.phoneHours.nl}) of kijk op [${host(contact.contactUrl)}](${contact.contactUrl}).`
    : `Call ${contact.organisation} on **${contact.phone}** (${contact.phoneHours.en}) or see [${host(contact.contactUrl)}](${contact.contactUrl}).`;
  return {
    welcome: nl
      ? `Welkom bij de digitale assistent van ${contact.organisation}. Ik ben een computerprogramma, geen mens. Stel uw vraag in een paar woorden. Deel geen persoonlijke gegevens zoals uw BSN.`
      : `Welcome to the digital assistant of ${contact.organisation}. I am a computer program, not a person. Ask your question in a few words. Please do not share personal details such as your citizen service number (BSN).`,
    empty: nl ? 'Ik heb geen tekst ontvangen. Wat is uw vraag?' : 'I did not receive any text. What is your question?',
    onlyEmoji: nl
      ? 'Ik zie alleen emoji. Ik begrijp alleen tekst. Wilt u uw vraag in woorden typen?'
      : 'I only see emoji. I can only understand text. Could you type your question in words?',
    tooLong: (limit: number) =>
      nl
        ? `Uw bericht is te lang voor mij (meer dan ${limit} tekens). Stel uw vraag in een paar zinnen. Dan help ik u verder.`
        : `Your message is too long for me (more than ${limit} characters). Please ask your question in a few sentences.`,
    attachment: nl
      ? `Ik kan geen bestanden of foto's bekijken. Stuur geen documenten via deze chat. Typ uw vraag in woorden. Moet u een document inleveren? ${reach}`
      : `I cannot open files or photos. Please do not send documents through this chat. Type your question in words. Need to hand in a document? ${reach}`,
    notUnderstood: nl
      ? `Sorry, daar weet ik geen goed antwoord op. Ik wil u geen verkeerde informatie geven. Probeer het in andere woorden, of neem contact op met een medewerker. ${reach}`
      : `Sorry, I do not have a good answer to that. I do not want to give you wrong information. Try other words, or contact an employee. ${reach}`,
    suggest: nl
      ? `Daar weet ik geen zeker antwoord op. Gaat uw vraag misschien over een van deze onderwerpen? Kies er een. Of stel uw vraag in andere woorden. ${reach}`
      : `I do not have a sure answer to that. Is your question perhaps about one of these topics? Choose one. Or ask your question in other words. ${reach}`,
    askTopic: nl
      ? `Waar gaat uw vraag over? Noem het onderwerp erbij, bijvoorbeeld: "Hoe lang duurt een paspoort aanvragen?" ${reach}`
      : `What is your question about? Please name the topic, for example: "How long does a passport application take?" ${reach}`,
    otherPlace: (place: string) =>
      nl
        ? `Uw vraag gaat over ${place}. Ik ben de digitale assistent van ${contact.organisation}. Ik ken alleen de regels en diensten van ${contact.organisation}. Kijk voor ${place} op de website van die gemeente. Gaat uw vraag toch over ${contact.organisation}? Kies dan de knop hieronder.`
        : `Your question is about ${place}. I am the digital assistant of ${contact.organisation}. I only know the rules and services of ${contact.organisation}. For ${place}, please see the website of that municipality. Is your question about ${contact.organisation} after all? Then choose the button below.`,
    otherOrganisation: ({ organisation, named }: OrganisationMention, withTopics: boolean) => {
      const name = nl ? organisation.nl : organisation.en;
      // Read from a word only, not a name: it may be meant otherwise, so it only "seems".
      const opening = {
        nl: named ? `U noemt ${name}.` : `Uw vraag lijkt te gaan over iets wat ${name} regelt.`,
        en: named ? `You mention ${name}.` : `Your question seems to be about something ${name} handles.`,
      }[lang];
      const site = organisation.url ? ` ${nl ? 'Kijk op' : 'See'} [${new URL(organisation.url).host}](${organisation.url}).` : '';
      const here = nl
        ? `Gaat uw vraag toch over ${contact.organisation}? ${withTopics ? 'Kies dan een van deze onderwerpen, of stel' : 'Stel'} uw vraag in andere woorden.`
        : `Is your question about ${contact.organisation} after all? ${withTopics ? 'Then choose one of these topics, or ask' : 'Then please ask'} it in other words.`;
      return nl
        ? `${opening} Ik ben de digitale assistent van ${contact.organisation} en ken de regels en diensten van ${name} niet. Daarom kan ik u hier geen goed antwoord op geven. Met vragen over ${name} kunt u het beste terecht bij ${name} zelf.${site} ${here} ${reach}`
        : `${opening} I am the digital assistant of ${contact.organisation} and do not know the rules and services of ${name}, so I cannot give you a good answer. For questions about ${name}, please contact ${name} directly.${site} ${here} ${reach}`;
    },
    askHereButton: nl ? `Mijn vraag gaat over ${contact.organisation}` : `My question is about ${contact.organisation}`,
    notInArticle: (title: string, url: string) =>
      nl
        ? `Dat kan ik niet vinden in de informatie over **${title}**. Kijk op [de pagina](${url}), of vraag het een medewerker. ${reach}`
        : `I cannot find that in the information about **${title}**. Look at [the page](${url}), or ask an employee. ${reach}`,
    ownCase: nl
      ? `Ik kan uw eigen aanvraag, melding of bezwaar niet inzien. Een medewerker kan dat wel. ${reach} Heeft u een vraag over hoe iets in het algemeen werkt? Noem het onderwerp erbij, bijvoorbeeld: "Hoe lang duurt een paspoort aanvragen?"`
      : `I cannot see your own application, report or objection. An employee can. ${reach} Do you have a general question about how something works? Please name the topic, for example: "How long does a passport application take?"`,
    whichTopic: nl
      ? 'Over welk van deze onderwerpen gaat uw vraag? Kies er een, dan beantwoord ik uw vraag daarover.'
      : 'Which of these topics is your question about? Choose one and I will answer your question about it.',
    clarify: nl ? 'Ik weet niet zeker wat u bedoelt. Bedoelt u een van deze onderwerpen?' : 'I am not sure what you mean. Do you mean one of these topics?',
    noneOfThese: nl ? 'Geen van deze' : 'None of these',
    answerIntro: nl ? '' : 'Here is what I found. The full information on the website is in Dutch.',
    sourceLabel: nl ? 'Bron' : 'Source',
    readMore: nl ? 'Lees meer op de website' : 'Read more on the website (Dutch)',
    helpfulYes: nl ? '👍 Dit was nuttig' : '👍 This was helpful',
    helpfulNo: nl ? '👎 Niet nuttig' : '👎 Not helpful',
    helpfulPrompt: nl ? 'Was dit nuttig?' : 'Was this helpful?',
    talkToEmployee: nl ? 'Een medewerker spreken' : 'Talk to an employee',
    thanksForFeedback: nl ? 'Dank u wel voor uw reactie. Heeft u nog een andere vraag?' : 'Thank you for your feedback. Do you have another question?',
    whyNotHelpful: nl ? 'Wat was er mis met het antwoord?' : 'What was wrong with the answer?',
    why: {
      wrong: nl ? 'Verkeerd antwoord' : 'Wrong answer',
      unclear: nl ? 'Niet duidelijk' : 'Not clear',
      incomplete: nl ? 'Niet volledig' : 'Incomplete',
      other: nl ? 'Iets anders' : 'Something else',
    },
    thanksForWhy: nl
      ? 'Dank u wel. Een redacteur kijkt naar uw reactie en verbetert het antwoord. Heeft u nog een andere vraag?'
      : 'Thank you. An editor will look at your feedback and improve the answer. Do you have another question?',
    eraseAsk: nl
      ? 'Wilt u dat ik alles wat u in dit gesprek heeft gezegd verwijder? Dat kan niet ongedaan worden gemaakt.'
      : 'Do you want me to delete everything you said in this conversation? This cannot be undone.',
    eraseYes: nl ? 'Ja, verwijder mijn gegevens' : 'Yes, delete my data',
    eraseNo: nl ? 'Nee, niet verwijderen' : 'No, keep it',
    erased: nl
      ? 'Uw gesprek is verwijderd. Wij bewaren niets meer van wat u in dit gesprek heeft gezegd. U kunt een nieuwe vraag stellen.'
      : 'Your conversation has been deleted. We no longer keep anything you said in this conversation. You can ask a new question.',
    eraseCancelled: nl ? 'Goed, ik verwijder niets. Waar kan ik u mee helpen?' : 'All right, I will not delete anything. How can I help you?',
    sorryNotHelpful: nl
      ? `Jammer dat dit u niet hielp. Probeer uw vraag anders te stellen, of neem contact op met een medewerker. ${reach}`
      : `Sorry this did not help. Try asking in another way, or contact an employee. ${reach}`,
    handoverRequested: nl ? 'U wilt graag een medewerker spreken.' : 'You would like to talk to an employee.',
    handoverUnavailable: nl
      ? `Chatten met een medewerker is op dit moment niet mogelijk via deze chat. ${reach} Een medewerker helpt u dan verder.`
      : `Chatting with an employee is not possible through this chat right now. ${reach} An employee will help you further.`,
    greeting: nl ? 'Hallo! Waar kan ik u mee helpen? Stel uw vraag in een paar woorden.' : 'Hello! How can I help you? Ask your question in a few words.',
    aboutAssistant: nl
      ? `Ik ben de digitale assistent van ${contact.organisation}: een computerprogramma, geen mens. Ik beantwoord vragen over de producten en diensten van ${contact.organisation}. Mijn antwoorden komen uit de informatie op de website, en ik laat altijd zien waar het antwoord staat. Weet ik het niet zeker, dan zeg ik dat. Wilt u liever met een medewerker praten? Dat kan ook. Stel uw vraag in een paar woorden, bijvoorbeeld: "paspoort aanvragen".`
      : `I am the digital assistant of ${contact.organisation}: a computer program, not a person. I answer questions about the services of ${contact.organisation}. My answers come from the information on the website, and I always show where the answer is. When I am not sure, I say so. Would you rather talk to an employee? That is possible too. Ask your question in a few words, for example: "apply for a passport".`,
    english:
      'Yes, you can ask your question in English. I will answer in English; the full information on the website is in Dutch.\n\nJa, u kunt uw vraag ook in het Engels stellen.',
    dutch: 'Ja hoor, ik praat Nederlands met u.\n\nYes, I will talk to you in Dutch.',
    wholePage: (title: string, url: string) =>
      nl ? `Alle informatie staat op de pagina [${title}](${url}).` : `All the information is on the page [${title}](${url}) (in Dutch).`,
    alsoAsked: (title: string) =>
      nl
        ? `U vroeg ook naar **${title}**. Kies de knop hieronder voor dat antwoord.`
        : `You also asked about **${title}**. Choose the button below for that answer.`,
    alsoButton: (title: string) => (nl ? `Ook: ${title}` : `Also: ${title}`),
    notAnEmergency: (title: string, url: string) =>
      nl
        ? `Is het geen noodgeval? Misschien gaat uw vraag over [${title}](${url}).`
        : `Not an emergency? Your question may be about [${title}](${url}) (in Dutch).`,
    youAreWelcome: nl ? 'Graag gedaan! Heeft u nog een andere vraag?' : 'You are welcome! Do you have another question?',
    acknowledged: nl ? 'Fijn. Heeft u nog een andere vraag? Stel die gerust.' : 'Good. Do you have another question? Just ask.',
    declined: nl
      ? 'Goed. Heeft u later nog een vraag? Dan kunt u die hier altijd stellen.'
      : 'All right. If you have another question later, you can always ask it here.',
    chitchat: nl
      ? `Dat weet ik niet. Ik beantwoord alleen vragen over de producten en diensten van ${contact.organisation}, bijvoorbeeld over een paspoort, afval of parkeren. Wat wilt u weten?`
      : `I do not know that. I only answer questions about the services of ${contact.organisation}, for example about a passport, waste or parking. What would you like to know?`,
    goodbye: nl
      ? 'Tot ziens! Heeft u later nog een vraag? Dan kunt u die hier altijd stellen.'
      : 'Goodbye! If you have another question later, you can always ask it here.',
    languageSwitched: nl ? 'Ik praat nu Nederlands met u. Wat is uw vraag?' : 'I will now talk to you in English. What is your question?',
    slowDown: (seconds: number) =>
      nl
        ? `U stuurt veel berichten kort na elkaar. Wacht ongeveer ${seconds} seconden en stel dan uw vraag opnieuw.`
        : `You are sending many messages in a short time. Please wait about ${seconds} seconds and ask your question again.`,
    failure: nl
      ? `Sorry, er ging bij mij iets mis. Probeer het over een paar minuten opnieuw. ${reach}`
      : `Sorry, something went wrong on my side. Please try again in a few minutes. ${reach}`,
    starting: nl
      ? `Ik ben net opnieuw gestart en kan uw vraag nog niet opzoeken. Stel uw vraag over een minuut opnieuw. ${reach}`
      : `I have just restarted and cannot look up your question yet. Please ask again in a minute. ${reach}`,
    reach,
  };
}

export type Messages = ReturnType<typeof messages>;

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
