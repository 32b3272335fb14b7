// initialize, version negotiation, ping and shutdown over real stdio.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { connect, spawnRaw } from '../support/server.mjs';

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
});
