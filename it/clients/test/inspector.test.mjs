// The MCP Inspector CLI (`mcp-inspector --cli`) driving the example server over stdio.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { connect, serverCommand } from '../support/server.mjs';

const inspectorBin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'mcp-inspector');

/** Runs `mcp-inspector --cli <server command> ...args`; resolves with exit code, stdout, stderr. */
function inspector(...args) {
    return new Promise(resolve => {
        execFile(inspectorBin, ['--cli', ...serverCommand, ...args], { timeout: 60_000 },
            (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }));
    });
}

/** Runs the inspector and parses the JSON it prints; fails with its stderr if it did not succeed. */
async function inspectJson(...args) {
    const { code, stdout, stderr } = await inspector(...args);
    assert.equal(code, 0, `mcp-inspector ${args.join(' ')} exited ${code}:\n${stderr}`);
    return JSON.parse(stdout);
}

describe('MCP Inspector CLI 0.15.0', { timeout: 120_000 }, () => {
    let declared;
    before(async () => {
        const s = await connect();
        try {
            declared = await s.client.listTools();
        } finally {
            await s.close();
        }
    });

    test('--method tools/list prints the tools the server declares', async () => {
        const listed = await inspectJson('--method', 'tools/list');
        assert.deepEqual(listed.tools.map(t => t.name), declared.tools.map(t => t.name));
        assert.deepEqual(listed.tools, declared.tools);
        assert.ok(listed.tools.some(t => t.name === 'echo'));
    });

    test('--method tools/call --tool-name echo --tool-arg message=hi prints the echoed text', async () => {
        const result = await inspectJson('--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=hi');
        assert.deepEqual(result.content, [{ type: 'text', text: 'hi' }]);
        assert.ok(!result.isError);
    });

    test('integer arguments are converted from the inputSchema: add a=2 b=3 prints 5', async () => {
        const result = await inspectJson('--method', 'tools/call', '--tool-name', 'add',
            '--tool-arg', 'a=2', 'b=3');
        assert.deepEqual(result.content, [{ type: 'text', text: '5' }]);
    });

    test('--method resources/read --uri example://static/readme prints the markdown', async () => {
        const result = await inspectJson('--method', 'resources/read', '--uri', 'example://static/readme');
        assert.equal(result.contents[0].mimeType, 'text/markdown');
        assert.match(result.contents[0].text, /^# Everything/);
    });

    test('--method prompts/get greeting with --prompt-args prints the message', async () => {
        const result = await inspectJson('--method', 'prompts/get', '--prompt-name', 'greeting',
            '--prompt-args', 'name=Ada', 'style=formal');
        assert.equal(result.messages[0].content.text, 'Please greet Ada in a formal style.');
    });

    test('a JSON-RPC error from the server makes the CLI fail with its code and message', async () => {
        const { code, stderr } = await inspector('--method', 'tools/call', '--tool-name', 'protocol_error');
        assert.notEqual(code, 0);
        assert.match(stderr, /-32001/);
        assert.match(stderr, /custom protocol error/);
    });
});
