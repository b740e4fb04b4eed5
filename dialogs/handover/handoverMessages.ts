import { ContactDetails } from '../messages';
import { Lang } from '../types';

/**
 * What Loket tells citizens about handovers, in Dutch (B1, "u") and English.
 * Kept apart from the general messages because the contact centre sends some
 * of these by itself (queue position, an agent joining), outside a bot turn.
 */
export function handoverMessages(lang: Lang, contact: ContactDetails) {
  const nl = lang === 'nl';
  const phone = nl
    ? `Bel ${contact.organisation} op **${contact.phone}** (${contact.phoneHours.nl}).`
    : `Call ${contact.organisation} on **${contact.phone}** (${contact.phoneHours.en}).`;
  return {
    offer: nl ? 'Wilt u dat ik u doorverbind met een medewerker?' : 'Would you like me to connect you with an employee?',
    offerAfterMisses: nl
      ? 'Het lukt mij niet goed om u te helpen. Wilt u dat ik u doorverbind met een medewerker?'
      : 'I am not managing to help you. Would you like me to connect you with an employee?',
    offerAfterNotHelpful: nl
      ? 'Mijn antwoorden helpen u niet. Wilt u dat ik u doorverbind met een medewerker?'
      : 'My answers are not helping you. Would you like me to connect you with an employee?',
    offerDistress: nl
      ? 'Ik merk dat u ergens mee zit. Dat spijt me. Een medewerker kan u misschien beter helpen. Wilt u dat ik u doorverbind?'
      : 'I can tell this is difficult for you. I am sorry. An employee may be able to help you better. Would you like me to connect you?',
    offerSensitive: nl
      ? 'Over dit onderwerp kunt u ook met een medewerker praten. Wilt u dat ik u doorverbind?'
      : 'You can also talk to an employee about this subject. Would you like me to connect you?',
    sensitiveMention: nl
      ? 'Wilt u hierover liever met een medewerker praten? Kies dan "Een medewerker spreken".'
      : 'Would you rather talk to an employee about this? Choose "Talk to an employee".',
    yesConnect: nl ? 'Ja, verbind mij door' : 'Yes, connect me',
    noThanks: nl ? 'Nee, dank u' : 'No, thank you',
    declined: nl ? 'Goed. Waar kan ik u nog mee helpen?' : 'All right. What else can I help you with?',
    queued: (position: number, wait: string) =>
      nl
        ? `U staat in de wachtrij voor een medewerker. U bent nummer ${position}. ${wait} U kunt alvast typen wat u wilt vragen. De medewerker leest dat. Wilt u niet meer wachten? Typ **stop**.`
        : `You are in the queue for an employee. You are number ${position}. ${wait} You can already type your question. The employee will read it. Do you no longer want to wait? Type **stop**.`,
    position: (position: number, wait: string) =>
      nl ? `U bent nu nummer ${position} in de wachtrij. ${wait}` : `You are now number ${position} in the queue. ${wait}`,
    waitMinutes: (minutes: number) =>
      nl
        ? `De wachttijd is ongeveer ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}.`
        : `The waiting time is about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    waitUnknown: nl ? 'Ik weet nog niet hoe lang het duurt.' : 'I do not know yet how long it will take.',
    stillQueued: nl
      ? 'Uw bericht is doorgegeven. De medewerker leest het als het uw beurt is.'
      : 'Your message has been passed on. The employee will read it when it is your turn.',
    cancelButton: nl ? 'Stoppen met wachten' : 'Stop waiting',
    cancelled: nl
      ? 'U staat niet meer in de wachtrij. U praat weer met de digitale assistent. Waar kan ik u mee helpen?'
      : 'You are no longer in the queue. You are talking to the digital assistant again. How can I help you?',
    agentJoined: (agent: string) =>
      nl
        ? `U chat nu met ${agent}, medewerker van ${contact.organisation}. Dit is een mens, geen computer.`
        : `You are now chatting with ${agent}, an employee of ${contact.organisation}. This is a person, not a computer.`,
    transferred: (agent: string) => (nl ? `Ik verbind u door met een collega: ${agent}.` : `I am transferring you to a colleague: ${agent}.`),
    backToBot: nl
      ? 'De medewerker heeft het gesprek afgesloten. U praat nu weer met de digitale assistent (een computerprogramma). Heeft u nog een vraag?'
      : 'The employee has closed the conversation. You are talking to the digital assistant (a computer program) again. Do you have another question?',
    botAgain: nl ? 'U praat weer met de digitale assistent, een computerprogramma.' : 'You are talking to the digital assistant, a computer program, again.',
    closedNow: (hours: string, holiday: string | undefined) =>
      nl
        ? `Er is nu geen medewerker beschikbaar${holiday ? ` (het is ${holiday})` : ''}. Chatten met een medewerker kan ${hours}. ${phone}`
        : `No employee is available right now${holiday ? ` (it is a public holiday: ${holiday})` : ''}. You can chat with an employee ${hours}. ${phone}`,
    relayFailed: nl
      ? `Uw bericht kon nu niet worden doorgegeven aan de medewerker. Probeer het over een minuut opnieuw. ${phone}`
      : `Your message could not be passed on to the employee right now. Please try again in a minute. ${phone}`,
    callbackFailed: nl ? 'Het lukte nu niet om uw vraag op te slaan.' : 'We could not save your question right now.',
    noAgents: nl ? `Er is op dit moment geen medewerker online. ${phone}` : `No employee is online at the moment. ${phone}`,
    offerCallback: nl
      ? 'U kunt ook een vraag achterlaten. Dan nemen wij contact met u op, per telefoon of e-mail.'
      : 'You can also leave a question. We will then contact you by phone or e-mail.',
    leaveQuestion: nl ? 'Vraag achterlaten' : 'Leave a question',
    crisisNoAgent: nl
      ? 'Er is nu geen medewerker van de gemeente in de chat. Bel de nummers hierboven: daar helpen ze u direct.'
      : 'No municipal employee is in the chat right now. Please call the numbers above: they will help you straight away.',
    crisisQueued: nl
      ? 'Ik heb ook een medewerker van de gemeente gevraagd om in deze chat te komen. U gaat voor in de wachtrij.'
      : 'I have also asked a municipal employee to join this chat. You are first in the queue.',
    callbackMethod: nl ? 'Hoe wilt u dat wij contact met u opnemen?' : 'How would you like us to contact you?',
    byPhone: nl ? 'Bel mij' : 'Call me',
    byEmail: nl ? 'Mail mij' : 'E-mail me',
    askPhone: nl
      ? 'Op welk telefoonnummer kunnen wij u bellen? Wij gebruiken dit nummer alleen om u terug te bellen.'
      : 'Which phone number can we call you on? We only use this number to call you back.',
    askEmail: nl
      ? 'Op welk e-mailadres kunnen wij u mailen? Wij gebruiken dit adres alleen om uw vraag te beantwoorden.'
      : 'Which e-mail address can we write to? We only use this address to answer your question.',
    badPhone: nl
      ? 'Dat lijkt geen telefoonnummer. Typ uw nummer, bijvoorbeeld 06 12345678.'
      : 'That does not look like a phone number. Type your number, for example 06 12345678.',
    badEmail: nl
      ? 'Dat lijkt geen e-mailadres. Typ uw adres, bijvoorbeeld naam@voorbeeld.nl.'
      : 'That does not look like an e-mail address. Type your address, for example name@example.com.',
    askQuestion: nl ? 'Wat is uw vraag? Typ deze in een paar zinnen.' : 'What is your question? Type it in a few sentences.',
    callbackStored: (method: 'phone' | 'email') =>
      nl
        ? `Dank u wel. Uw vraag is doorgegeven. Een medewerker neemt ${method === 'phone' ? 'telefonisch' : 'per e-mail'} contact met u op, meestal binnen 2 werkdagen.`
        : `Thank you. Your question has been passed on. An employee will contact you by ${method === 'phone' ? 'phone' : 'e-mail'}, usually within 2 working days.`,
    callbackStopped: nl ? 'Goed, er wordt geen vraag achtergelaten. Waar kan ik u mee helpen?' : 'All right, no question has been left. How can I help you?',
    phone,
  };
}
