import { Activity } from 'botbuilder';
import {
  AuthenticateRequestResult,
  BotFrameworkAuthentication,
  BotFrameworkClient,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  JwtTokenValidation,
  UserTokenClient,
} from 'botframework-connector';

/** Distinct channel endpoints kept; without authentication a sender chooses the service URL, so the number is bounded. */
const MAX_CLIENTS = 64;

/**
 * Bot Framework authentication whose connector clients are made once per
 * app, channel endpoint and audience, and user-token clients once per app,
 * instead of once per turn. botbuilder builds each with its credentials and a
 * request pipeline of a dozen policies for every incoming message, about 4%
 * of its CPU apiece; neither holds per-turn state (their credentials keep and
 * renew their token).
 */
export class ReusedConnectors extends BotFrameworkAuthentication {
  private readonly clients = new MadeOnce<ConnectorClient>();
  private readonly tokenClients = new MadeOnce<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusingFactory(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
    return this.tokenClients.get(appId, () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.reusingFactory(result.connectorFactory, result.claimsIdentity) } : result;
  }

  private reusingFactory(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
    const clients = this.clients;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return clients.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience));
      }
    })();
  }
}

/** Clients by key, the oldest dropped beyond MAX_CLIENTS. */
class MadeOnce<T> {
  private readonly made = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.made.get(key);
    if (known) return known;
    const made = make();
    if (this.made.size >= MAX_CLIENTS) this.made.delete(this.made.keys().next().value ?? '');
    this.made.set(key, made);
    // A failed creation (credentials not yet reachable) is tried again on the next turn.
    made.catch(() => this.made.get(key) === made && this.made.delete(key));
    return made;
  }
}
