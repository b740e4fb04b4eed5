import { Article } from '../../knowledge/articles/article';
import { Decision } from '../answerPolicy';
import { ContactDetails, messages } from '../messages';
import { withoutPlaceholders } from '../privacy/redactPersonalData';
import { Lang, TurnOutcome } from '../types';
import { SafetyCheck } from './safetyCheck';

/**
 * An emergency word can be a slip or an aside ("hond gevonde op straat",
 * "camerabeelden opvragen na een vechtpartij"): under the 112 reply, a link
 * to the article the words would get, which works whether or not a person
 * was asked to take over. Not after thoughts of suicide or abuse.
 */
export class EmergencySlip {
  /** Whether an article is about a crisis itself; a rebuilt index brings new article objects. */
  private readonly crisisArticles = new WeakMap<Article, boolean>();

  constructor(
    private readonly safety: Pick<SafetyCheck, 'check'>,
    private readonly contact: ContactDetails,
    /** Reads the message as a question (false while the index is not loaded yet). */
    private readonly read: (question: string) => Promise<Decision | undefined>,
  ) {}

  async addArticleLink(outcome: TurnOutcome, text: string, lang: Lang): Promise<TurnOutcome> {
    const [reply, ...rest] = outcome.replies;
    if (!reply) return outcome;
    const decision = await this.read(withoutPlaceholders(text));
    if (decision?.kind !== 'answer' || this.isAboutCrisis(decision.best.candidate.article)) return outcome;
    const { title, url } = decision.best.candidate.article;
    return { ...outcome, replies: [{ ...reply, text: `${reply.text}\n\n${messages(lang, this.contact).notAnEmergency(title, url)}` }, ...rest] };
  }

  /** An article most of whose own questions the safety check answers (the 112, 113 and Veilig Thuis pages). */
  private isAboutCrisis(article: Article): boolean {
    const known = this.crisisArticles.get(article);
    if (known !== undefined) return known;
    const flagged = article.questions.filter((question) => this.safety.check(question)).length;
    const crisis = flagged * 2 >= article.questions.length;
    this.crisisArticles.set(article, crisis);
    return crisis;
  }
}
