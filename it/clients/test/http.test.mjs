// The example server over Streamable HTTP (`--transport http --port 0`), driven by the official TypeScript SDK's
// StreamableHTTPClientTransport: tools, progress and log notifications on a call's own SSE stream, and the server's
// own requests (elicitation, sampling) made while a call runs, all in one session; DELETE ends it.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CreateMessageRequestSchema, ElicitRequestSchema, LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { javaBin, onlyText, serverJar } from '../support/server.mjs';

const inspectorBin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'mcp-inspector');

/** Runs `mcp-inspector --cli <url> --transport http ...args` and parses the JSON it prints. */
function inspectOverHttp(url, ...args) {
    return new Promise((resolve, reject) => {
        execFile(inspectorBin, ['--cli', url.href, '--transport', 'http', ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
            error ? reject(new Error(`mcp-inspector ${args.join(' ')} failed: ${stderr}`)) : resolve(JSON.parse(stdout)));
    });
}

/** Starts the server over HTTP on a free port; resolves with the process and the endpoint it names on stderr. */
function startHttpServer() {
    const child = spawn(javaBin, ['-jar', serverJar, '--transport', 'http', '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EXAMPLE_API_KEY: 'http-test-key' }
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', chunk => stdout += chunk);
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no endpoint on stderr within 20 s: ${stderr}`)), 20_000);
        child.stderr.on('data', chunk => {
            stderr += chunk;
            const match = /serving MCP over Streamable HTTP at (http:\/\/\S+)/.exec(stderr);
            if (match) {
                clearTimeout(timer);
                resolve({ child, url: new URL(match[1]), stdout: () => stdout, stderr: () => stderr });
            }
        });
        child.on('exit', code => reject(new Error(`server exited (${code}): ${stderr}`)));
    });
}

describe('Streamable HTTP with the SDK client', { timeout: 90_000 }, () => {
    let server;
    let client;
    let transport;
    const logs = [];
    const errors = [];

    before(async () => {
        server = await startHttpServer();
        client = new Client({ name: 'mcpkit-it-http', version: '1.0.0' },
            { capabilities: { elicitation: { form: {} }, sampling: {} } });
        client.onerror = error => errors.push(error);
        client.setRequestHandler(ElicitRequestSchema, () => ({ action: 'accept', content: { confirmed: true } }));
        client.setRequestHandler(CreateMessageRequestSchema, () => ({ role: 'assistant', model: 'stub-model',
            stopReason: 'endTurn', content: { type: 'text', text: 'A summary over HTTP.' } }));
        client.setNotificationHandler(LoggingMessageNotificationSchema, n => logs.push(n.params));
        transport = new StreamableHTTPClientTransport(server.url);
        await client.connect(transport);
    });

    after(async () => {
        await client?.close();
        server?.child.kill();
    });

    test('initialize gave a session and the server names itself', () => {
        assert.match(transport.sessionId, /^[0-9a-f]{32}$/);
        assert.equal(client.getServerVersion().name, 'everything');
    });

    test('tools are listed and called', async () => {
        const tools = (await client.listTools()).tools.map(t => t.name);
        assert.ok(tools.includes('echo') && tools.includes('slow'), tools.join(', '));
        const result = await client.callTool({ name: 'echo', arguments: { message: 'over http' } });
        assert.equal(onlyText(result), 'over http');
    });

    test('progress arrives on the call\'s stream, in order, before the result', async () => {
        const seen = [];
        const result = await client.callTool({ name: 'slow', arguments: { steps: 4, delayMillis: 10 } }, undefined,
            { onprogress: p => seen.push(p.progress) });
        assert.deepEqual(seen, [1, 2, 3, 4]);
        assert.equal(result.isError, undefined);
    });

    test('log notifications of a call reach the client at the level it set', async () => {
        await client.setLoggingLevel('debug');
        await client.callTool({ name: 'log', arguments: { message: 'hello over http', level: 'warning' } });
        assert.ok(logs.some(l => l.level === 'warning' && JSON.stringify(l.data).includes('hello over http')),
            JSON.stringify(logs));
    });

    test('the server elicits and samples while a call runs, over that call\'s stream', async () => {
        const confirmed = await client.callTool({ name: 'confirm', arguments: { question: 'Over HTTP?' } });
        assert.equal(onlyText(confirmed), 'action=accept content={"confirmed":true}');
        const summary = await client.callTool({ name: 'summarize', arguments: { text: 'MCP servers in Java' } });
        assert.ok(onlyText(summary).includes('A summary over HTTP.'), onlyText(summary));
    });

    test('nothing went wrong on the stream and stdout stayed empty', () => {
        assert.deepEqual(errors.map(String), []);
        assert.equal(server.stdout(), '');
    });

    test('the MCP Inspector CLI lists and calls tools over HTTP in a session of its own', async () => {
        const listed = await inspectOverHttp(server.url, '--method', 'tools/list');
        assert.deepEqual(listed.tools.map(t => t.name), (await client.listTools()).tools.map(t => t.name));
        const called = await inspectOverHttp(server.url, '--method', 'tools/call', '--tool-name', 'add',
            '--tool-arg', 'a=2', '--tool-arg', 'b=3');
        assert.equal(called.content[0].text, '5');
    });

    test('ending the session with DELETE makes its id unknown', async () => {
        const id = transport.sessionId;
        await transport.terminateSession();
        const response = await fetch(server.url, { method: 'POST', headers: { 'Content-Type': 'application/json',
            'Accept': 'application/json, text/event-stream', 'Mcp-Session-Id': id },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }) });
        assert.equal(response.status, 404);
    });
});
