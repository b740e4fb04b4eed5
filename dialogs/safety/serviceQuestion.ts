import { PhraseMatcher } from './phraseMatcher';
import { SafetyCheck } from './safetyCheck';

/**
 * A question about a crisis service itself rather than a crisis: "Wat is het
 * verschil tussen 112 en 0900-8844? Vraag voor een werkstuk", "Organiseert de
 * gemeente reanimatiecursussen?", "I'm starting an internship at Veilig
 * Thuis". Only when nothing but the service's name made the safety rules
 * speak, and the message says why the service is named (a course, school
 * work, a poster, a job). Such a message still gets the numbers, as a
 * check-in above its answer, but is not put at the front of the queue
 * unasked: that place is for the citizen in danger.
 */
export function asksAboutService(text: string, safety: Pick<SafetyCheck, 'check'>): boolean {
  if (text.search(SERVICE_NAMES) < 0 || !WHY_NAMED.find(text) || NOW.find(text) || /!{2,}/.test(text)) return false;
  return safety.check(text.replace(SERVICE_NAMES, ' ')) === undefined;
}

/** "zelfmoordpreventie" also as typed or dictated in parts: "zelfmoord preventie", "zelf moord preventie" (calm batch 78). */
const SERVICE_NAMES =
  /(?<![\p{L}\p{N}])(?:112|113|1813|0800[- ]?0113|0800[- ]?2000|113 zelfmoordpreventie|zelfmoordlijn(?: 1813)?|(?:zelf ?moord|su[iï]cide) ?preventie\p{L}*|veilig thuis|reanimati\p{L}*|ehbo\p{L}*|noodnummers?|ambulancedienst|ambulance services?|emergency numbers?|suicide prevention(?: hotline| line)?|mental health first aid|su[iï]cidale signalen|suicidal (?:signals|signs)|huiselijke? geweld|kindermishandeling|zelfbeschadiging|zelfverwonding|self-harm|selfharm|ouderenmishandeling|domestic violence|child abuse|elder abuse|su[iï]cides|zelfmoorden|zelfdodingen)(?![\p{L}\p{N}])/giu;

/**
 * Something happening now: "ik heb een reanimatiecursus gehad, maar nu
 * reageert mijn vader niet meer" is an emergency that the rules may not name.
 */
const NOW = new PhraseMatcher(['nu', 'now', 'net', 'zojuist', 'help', 'hulp', 'snel', 'dringend', 'meteen', 'direct', 'urgent', 'asap', 'please']);

/** What the service is named for: a course, school work, something to hang up, a job, the organisation itself. */
const WHY_NAMED = new PhraseMatcher([
  ...['cursus*', 'reanimatiecursus*', 'ehbocursus*', 'training*', 'reanimatietraining*', 'workshop*', 'les|lessen|opleiding'],
  // A professional's protocol: "ik werk bij de huisartsenpost, heeft de gemeente een eigen meldcode huiselijk geweld?".
  'meldcode*',
  ...['werkstuk', 'spreekbeurt', 'scriptie', 'profielwerkstuk', 'presentatie', 'onderzoek', 'artikel', 'article', 'essay', 'project', 'interview*'],
  ...['schoolproject*', 'schoolopdracht*', 'huiswerk', 'school paper', 'assignment', 'homework', 'thesis', 'reanimatieles*', 'ehboles*'],
  ...['folder', 'poster', 'infobord', 'flyer', 'nieuwsbrief', 'brochure', 'film*', 'toneelstuk', 'movie', 'filming'],
  ...['sollicit*', 'stage', 'stageplek', 'vacature*', 'internship', 'job', 'vrijwilliger*', 'volunteer*', 'subsidie*'],
  // An event for the cause: "op Wereld Suïcidepreventiedag een infokraam op de markt".
  ...['infokraam', 'kraam', 'standplaats', 'sponsorloop', 'evenement*', 'event', 'herdenking*'],
  // Money raised for it: "a sponsored run for a suicide prevention charity: can he go door to door collecting money?".
  ...['charity', 'charities', 'fundraiser', 'fundraising', 'sponsored', 'collecte*', 'inzamel*', 'goede|goed doel'],
  ...['course', 'courses', 'class', 'classes', 'lesson', 'lessons', 'awareness', 'permit', 'vergunning*'],
  // Policy, money and figures: "welk budget is er voor suïcidepreventie? ik schrijf voor de krant", "cijfers per wijk".
  ...['budget*', 'krant*', 'newspaper', 'beleid*', 'policy', 'policies', 'cijfers', 'statistiek*', 'statistics', 'figures'],
  ...['hoeveel meldingen', 'how many reports', 'raadsfractie', 'raadslid', 'gemeenteraad', 'council member', 'journalist*', 'press'],
  ...[
    'verschil tussen',
    'difference between',
    'app',
    'onderdeel van',
    'aparte organisatie',
    'werkt|werken ~ samen met',
    'samenwerken',
    'organiseert|organiseren',
    // How the service works for someone who cannot call: "Hoe werkt 112 als je doof bent?" (the article names the 112NL app).
    'hoe werkt',
    'how does ~ work',
    ...['doof', 'doven', 'slechthorend*', 'deaf', 'hard of hearing', 'spraakbeperking'],
    // Which number fits: "Mijn fiets is gestolen. Moet ik daarvoor 112 bellen of een ander nummer?" (lindewijk-human-dev-13).
    ...['ander|andere ~ nummer|telefoonnummer', 'other|another|different ~ number'],
  ],
]);
