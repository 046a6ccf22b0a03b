import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** What the test lets the provider's token answer carry: a correctly signed ID token with one claim wrong. */
export type Tamper = 'none' | 'audience' | 'issuer' | 'expired';

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Changes the next token answers' ID token (re-signed with the provider's own key). */
  tamper: Tamper;
  /** How many token answers were re-signed (proof that the tampered path ran). */
  tampered: number;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
const body = (res: IncomingMessage) =>
  new Promise<Buffer>((done, fail) => {
    const chunks: Buffer[] = [];
    res
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => done(Buffer.concat(chunks)))
      .on('error', fail);
  });

/** A free port for a server that must know its own address before it starts (the redirect URI). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * A real OpenID provider (`oidc-provider`, its development login and consent pages; any login name
 * is a person whose `sub` is that name). A front server passes everything through and, when told,
 * re-signs the token endpoint's ID token with a wrong audience, issuer or expiry: the relying party must refuse it.
 */
export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-idp';
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const front = createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;
  const clientId = 'kvalitetsflode';
  const clientSecret = 'test-hemlighet-som-bara-finns-i-testet';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['bara-for-testet'] },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  });
  const inner = createServer(provider.callback());
  const innerPort = await listen(inner);
  const idp: TestIdp = {
    issuer,
    clientId,
    clientSecret,
    tamper: 'none',
    tampered: 0,
    async close() {
      await Promise.all([new Promise((done) => front.close(done)), new Promise((done) => inner.close(done))]);
    },
  };

  // The host header is kept, so the provider writes its own addresses with the issuer's port.
  front.on('request', (req, res) => {
    const forward = request(
      { host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers },
      async (answer) => {
        const isToken = req.method === 'POST' && req.url === '/token' && answer.statusCode === 200 && idp.tamper !== 'none';
        if (!isToken) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const tokens = JSON.parse((await body(answer)).toString('utf8')) as { id_token: string };
        const claims = decodeJwt(tokens.id_token);
        const now = Math.floor(Date.now() / 1000);
        if (idp.tamper === 'audience') claims.aud = 'en-annan-tjanst';
        if (idp.tamper === 'issuer') claims.iss = 'http://127.0.0.1:1/en-annan-utfardare';
        if (idp.tamper === 'expired') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
        tokens.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
        idp.tampered += 1;
        const text = JSON.stringify(tokens);
        const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) };
        res.writeHead(200, headers);
        res.end(text);
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  return idp;
}
