// A tiny real OpenID provider (oidc-provider) for the single sign-on tests, on a loopback port.
//   node test/support/oidcProvider.mjs [port] [clientId] [clientSecret] [redirectUri]
// (or OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI). Prints "READY <issuer>" when listening.
// Interaction over plain HTTP: GET /interaction/<uid>?login=anna signs in as that user; consent is granted automatically.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [portArg, clientIdArg, clientSecretArg, redirectArg] = process.argv.slice(2);
const port = Number(portArg ?? process.env.OIDC_PORT ?? 0);
const clientId = clientIdArg ?? process.env.OIDC_CLIENT_ID ?? 'loket';
const clientSecret = clientSecretArg ?? process.env.OIDC_CLIENT_SECRET ?? 'loket-test-secret';
const redirectUri = redirectArg ?? process.env.OIDC_REDIRECT_URI ?? 'http://127.0.0.1:3978/auth/oidc/callback';

// Eva's groups come from userinfo only, so the relying party's userinfo fallback is exercised too.
const USERS = {
  anna: { name: 'Anna de Vries', email: 'anna@lindewijk.example', groups: ['kcc-medewerkers'], groupsInIdToken: true },
  eva: { name: 'Eva Jansen', email: 'eva@lindewijk.example', groups: ['redactie'], groupsInIdToken: false },
  bob: { name: 'Bob Bakker', email: 'bob@lindewijk.example', groups: ['marketing'], groupsInIdToken: true },
};

function findAccount(ctx, id) {
  const user = USERS[id];
  if (!user) return undefined;
  return {
    accountId: id,
    claims: (use) => ({
      sub: id,
      preferred_username: id,
      name: user.name,
      email: user.email,
      email_verified: true,
      ...(use === 'userinfo' || user.groupsInIdToken ? { groups: user.groups } : {}),
    }),
  };
}

let provider;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname.startsWith('/interaction/')) {
    interact(req, res, url).catch((error) => {
      res.statusCode = 400;
      res.end(`interaction failed: ${error.message}`);
    });
    return;
  }
  provider.callback()(req, res);
});

/** Login with ?login=<user>, then consent for whatever was asked: no forms, so a test drives it with fetch. */
async function interact(req, res, url) {
  const { prompt, params, session, grantId } = await provider.interactionDetails(req, res);
  if (prompt.name === 'login') {
    const accountId = url.searchParams.get('login');
    if (!accountId || !USERS[accountId]) {
      res.statusCode = 200;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Sign in with ?login=${Object.keys(USERS).join('|')}`);
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  if (prompt.name === 'consent') {
    const grant = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scope] of Object.entries(prompt.details.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scope.join(' '));
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  throw new Error(`unknown prompt ${prompt.name}`);
}

server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount,
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Scope claims in the ID token too (as Keycloak or Entra ID do with a groups claim), not only at userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
  });
  provider.on('server_error', (ctx, error) => console.error('server_error', error));
  console.log(`READY ${issuer}`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
