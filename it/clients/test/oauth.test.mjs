// The example server over Streamable HTTP with OAuth on (MCP_OAUTH_ISSUER, and mcp-oauth on its class path), and a
// real authorization server on loopback (mock-oauth2-server, support/MockAuthServer.java). The official TypeScript
// SDK client does what a client of a protected server does: its first request gets 401, it reads the protected
// resource metadata the challenge names, then the authorization server's metadata, sends the user to authorize with
// PKCE (here: the redirect is followed by the test, as a browser would), exchanges the code for a token and calls a
// tool with it. The server's audit log then names the user.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { javaBin, onlyText, serverJar } from '../support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = resolve(process.env.OAUTH_CLASSPATH_FILE ?? join(here, '..', 'target', 'oauth-classpath.txt'));
const AUDIENCE = 'https://mcp.example.test/mcp';
const ISSUER_ID = 'mcp-issuer';
// the authorization code grant gives alice a token for the MCP server's audience
const TOKEN_CALLBACKS = JSON.stringify({ tokenCallbacks: [{ issuerId: ISSUER_ID, tokenExpiry: 300, requestMappings: [
    { requestParam: 'grant_type', match: 'authorization_code',
        claims: { sub: 'alice', aud: [AUDIENCE], scope: 'mcp:tools', client_id: '${client_id}' } }] }] });

/** Spawns `java args`; resolves with the process once `pattern` matches its stdout or stderr, and with the match. */
function startJava(args, env, pattern, stream) {
    const child = spawn(javaBin, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', chunk => output.stdout += chunk);
    child.stderr.on('data', chunk => output.stderr += chunk);
    return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`${args.join(' ')}: nothing matched ${pattern} in 30 s: ${output.stderr}`)), 30_000);
        child[stream].on('data', () => {
            const match = pattern.exec(output[stream]);
            if (match) {
                clearTimeout(timer);
                resolvePromise({ child, match, output });
            }
        });
        child.on('exit', code => reject(new Error(`${args.join(' ')} exited (${code}): ${output.stderr}`)));
    });
}

/** An OAuth client of the SDK's kind, registered beforehand (no dynamic registration), keeping what it is given. */
class TestClientProvider {
    constructor() {
        this.saved = {};
    }
    get redirectUrl() { return 'http://127.0.0.1:33418/callback'; }
    get clientMetadata() {
        return { client_name: 'mcpkit-it-oauth', redirect_uris: [this.redirectUrl], grant_types: ['authorization_code'],
            response_types: ['code'], token_endpoint_auth_method: 'none', scope: 'openid mcp:tools' };
    }
    clientInformation() { return { client_id: 'mcpkit-it-oauth' }; }
    tokens() { return this.saved.tokens; }
    saveTokens(tokens) { this.saved.tokens = tokens; }
    redirectToAuthorization(url) { this.authorizationUrl = url; }
    saveCodeVerifier(verifier) { this.saved.verifier = verifier; }
    codeVerifier() { return this.saved.verifier; }
}

describe('OAuth with the SDK client', { timeout: 120_000 }, () => {
    let authServer;
    let mcpServer;

    before(async () => {
        const classpath = readFileSync(classpathFile, 'utf8').trim();
        authServer = await startJava(['-cp', classpath, join(here, '..', 'support', 'MockAuthServer.java'), TOKEN_CALLBACKS],
            {}, /^(http:\/\/\S+)\n/m, 'stdout');
        const issuer = new URL(ISSUER_ID, authServer.match[1]).href;
        mcpServer = await startJava(['-cp', `${serverJar}:${classpath}`, 'dev.mcpkit.example.EverythingServer',
            '--transport', 'http', '--port', '0'],
            { MCP_OAUTH_ISSUER: issuer, MCP_OAUTH_AUDIENCE: AUDIENCE, MCP_AUDIT_LOG: 'stderr', EXAMPLE_API_KEY: 'oauth-test-key' },
            /serving MCP over Streamable HTTP at (http:\/\/\S+)/, 'stderr');
    });

    after(() => {
        authServer?.child.stdin.end();
        mcpServer?.child.kill();
    });

    test('discovers the authorization server from the 401, signs in with PKCE and calls a tool with the token', async () => {
        const endpoint = new URL(mcpServer.match[1]);
        const provider = new TestClientProvider();

        const first = new StreamableHTTPClientTransport(endpoint, { authProvider: provider });
        await assert.rejects(new Client({ name: 'mcpkit-it-oauth', version: '1.0.0' }).connect(first), UnauthorizedError);
        assert.ok(provider.authorizationUrl, 'the client was sent to the authorization server');
        const authorize = provider.authorizationUrl;
        assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
        assert.equal(authorize.searchParams.get('resource'), endpoint.href, 'the resource the metadata named');
        assert.ok(authorize.href.startsWith(new URL(ISSUER_ID, authServer.match[1]).href), authorize.href);

        // the browser's part: the authorization server signs alice in and redirects back with a code
        const redirect = await fetch(authorize, { redirect: 'manual' });
        assert.equal(redirect.status, 302, await redirect.text());
        const code = new URL(redirect.headers.get('location')).searchParams.get('code');
        assert.ok(code, redirect.headers.get('location'));
        await first.finishAuth(code);
        assert.ok(provider.tokens()?.access_token, 'the code was exchanged for a token');

        const client = new Client({ name: 'mcpkit-it-oauth', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(endpoint, { authProvider: provider }));
        try {
            const result = await client.callTool({ name: 'echo', arguments: { message: 'with a token' } });
            assert.equal(onlyText(result), 'with a token');
        } finally {
            await client.close();
        }
        const deadline = Date.now() + 10_000;
        while (!/"event":"tool_call","tool":"echo".*"caller":"alice"/.test(mcpServer.output.stderr) && Date.now() < deadline) {
            await new Promise(done => setTimeout(done, 50));
        }
        assert.match(mcpServer.output.stderr, /"event":"tool_call","tool":"echo".*"caller":"alice"/);
        assert.ok(!mcpServer.output.stderr.includes(provider.tokens().access_token.split('.')[2]), 'no token in the log');
        assert.equal(mcpServer.output.stdout, '', 'nothing on stdout');
    });
});
