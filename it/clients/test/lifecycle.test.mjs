// initialize, version negotiation, ping and shutdown over real stdio.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EmptyResultSchema, LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { connect, rejectsWithCode, spawnRaw } from '../support/server.mjs';

describe('initialize with the TypeScript SDK client', { timeout: 30_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());

    test('serverInfo names the example server and its version', () => {
        const info = s.client.getServerVersion();
        assert.equal(info.name, 'everything');
        assert.equal(info.title, 'Everything');
        assert.equal(info.version, '0.1.0-SNAPSHOT');
    });

    test('the server echoes the protocol version the SDK asked for', () => {
        const init = s.traffic.find(t => t.dir === 'out' && t.message.method === 'initialize').message;
        assert.equal(init.params.protocolVersion, LATEST_PROTOCOL_VERSION);
        const response = s.traffic.find(t => t.dir === 'in' && t.message.id === init.id).message;
        assert.equal(response.result.protocolVersion, '2025-11-25');
    });

    test('capabilities are those of the contract', () => {
        const caps = s.client.getServerCapabilities();
        assert.deepEqual(caps.tools, { listChanged: true });
        assert.deepEqual(caps.resources, { subscribe: true, listChanged: true });
        assert.deepEqual(caps.prompts, { listChanged: true });
        assert.deepEqual(caps.logging, {});
        assert.deepEqual(caps.completions, {});
    });

    test('ping answers with an empty result', async () => {
        assert.deepEqual(await s.client.ping(), {});
        s.assertNoErrors();
    });

    test('instructions from the server reach the client', () => {
        assert.equal(typeof s.client.getInstructions(), 'string');
        assert.ok(s.client.getInstructions().length > 0);
    });

    test('an unknown method is error -32601', async () => {
        await rejectsWithCode(s.client.request({ method: 'no/such/method', params: {} }, EmptyResultSchema), -32601);
        s.assertNoErrors();
    });
});

describe('version negotiation and shutdown with a bare stdio peer', { timeout: 30_000 }, () => {
    const initialize = (raw, protocolVersion) => raw.request(1, 'initialize', {
        protocolVersion, capabilities: {}, clientInfo: { name: 'raw', version: '1' }
    });

    for (const version of ['2025-06-18', '2025-03-26', '2024-11-05']) {
        test(`an older supported version ${version} is echoed`, async () => {
            const raw = spawnRaw();
            try {
                const response = await initialize(raw, version);
                assert.equal(response.result.protocolVersion, version);
            } finally {
                raw.kill();
            }
        });
    }

    test('an unsupported version is answered with the newest the server supports', async () => {
        const raw = spawnRaw();
        try {
            const response = await initialize(raw, '1999-01-01');
            assert.equal(response.result.protocolVersion, '2025-11-25');
        } finally {
            raw.kill();
        }
    });

    test('the server exits with status 0 when the client closes stdin, having written only JSON-RPC', async () => {
        const raw = spawnRaw();
        try {
            await initialize(raw, '2025-11-25');
            raw.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
            const pong = await raw.request(2, 'ping', {});
            assert.deepEqual(pong.result, {});
            const { code, signal } = await raw.closeStdin();
            assert.equal(signal, null);
            assert.equal(code, 0);
            for (const line of raw.lines) {
                assert.equal(JSON.parse(line).jsonrpc, '2.0', `non JSON-RPC line on stdout: ${line}`);
            }
        } finally {
            raw.kill();
        }
    });

    test('string ids are echoed, unknown notifications are ignored, a malformed line is a parse error', async () => {
        const raw = spawnRaw();
        try {
            await initialize(raw, '2025-11-25');
            raw.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
            raw.send({ jsonrpc: '2.0', method: 'notifications/no_such_notification', params: {} });
            const pong = await raw.request('ping-α', 'ping', {});
            assert.equal(pong.id, 'ping-α');
            assert.deepEqual(pong.result, {});

            const before = raw.lines.length;
            raw.sendLine('{"jsonrpc":"2.0","id":7,"method":');
            await waitForLine(raw, before);
            const parseError = JSON.parse(raw.lines[before]);
            assert.equal(parseError.error?.code, -32700, raw.lines[before]);
            assert.equal(parseError.id, 7, 'the id is read from the part before the break');

            const echo = await raw.request(8, 'tools/call', { name: 'echo', arguments: { message: 'still here' } });
            assert.equal(echo.result.content[0].text, 'still here');
            // nothing but the answers to our three requests and the parse error
            assert.equal(raw.lines.length, 4, raw.lines.join('\n'));
        } finally {
            raw.kill();
        }
    });
});

async function waitForLine(raw, index) {
    const deadline = Date.now() + 5000;
    while (raw.lines.length <= index) {
        assert.ok(Date.now() < deadline, 'no answer to the malformed line');
        await new Promise(r => setTimeout(r, 10));
    }
}
