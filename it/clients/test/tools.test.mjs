// tools/list and tools/call for every kind of tool the example server has.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { connect, onlyText, PNG_SIGNATURE, rejectsWithCode } from '../support/server.mjs';

const CONTRACT_TOOLS = [
    'echo', 'add', 'forecast', 'image', 'audio', 'embedded_resource', 'resource_link', 'mixed', 'fail', 'crash',
    'protocol_error', 'slow', 'log', 'confirm', 'summarize', 'list_roots', 'stdout_polluter', 'add_tool',
    'remove_tool', 'greet_dynamic', 'touch_resource'
];

describe('tools', { timeout: 60_000 }, () => {
    let s;
    let tools;
    before(async () => {
        s = await connect();
        // listing first also makes the SDK cache output-schema validators for callTool
        tools = new Map((await s.client.listTools()).tools.map(t => [t.name, t]));
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    test('tools/list has every contract tool, each with an object inputSchema closed to extra properties', () => {
        for (const name of CONTRACT_TOOLS) {
            const tool = tools.get(name);
            assert.ok(tool, `tool ${name} missing from tools/list`);
            assert.equal(tool.inputSchema.type, 'object', name);
            assert.equal(tool.inputSchema.additionalProperties, false, name);
        }
    });

    test('schemas declare required arguments, defaults and bounds', () => {
        assert.deepEqual(tools.get('echo').inputSchema.required, ['message']);
        assert.equal(tools.get('echo').inputSchema.properties.message.type, 'string');
        assert.deepEqual([...tools.get('add').inputSchema.required].sort(), ['a', 'b']);
        assert.equal(tools.get('add').inputSchema.properties.a.type, 'integer');
        const days = tools.get('forecast').inputSchema.properties.days;
        assert.deepEqual({ type: days.type, default: days.default, minimum: days.minimum, maximum: days.maximum },
            { type: 'integer', default: 3, minimum: 1, maximum: 14 });
        assert.deepEqual(tools.get('forecast').inputSchema.required, ['city']);
        assert.deepEqual(tools.get('log').inputSchema.properties.level.enum,
            ['debug', 'info', 'notice', 'warning', 'error']);
    });

    test('add is annotated read-only', () => {
        assert.equal(tools.get('add').annotations?.readOnlyHint, true);
    });

    test('forecast declares an outputSchema for its record', () => {
        const schema = tools.get('forecast').outputSchema;
        assert.equal(schema.type, 'object');
        assert.equal(schema.properties.city.type, 'string');
        assert.equal(schema.properties.days.type, 'integer');
        assert.equal(schema.properties.temperatures.type, 'array');
        assert.equal(schema.properties.temperatures.items.type, 'number');
    });

    test('echo returns the message as its only text content', async () => {
        const result = await s.client.callTool({ name: 'echo', arguments: { message: 'hello, wörld ✓' } });
        assert.equal(onlyText(result), 'hello, wörld ✓');
        assert.ok(!result.isError);
    });

    test('add returns the sum as text', async () => {
        const result = await s.client.callTool({ name: 'add', arguments: { a: 40, b: 2 } });
        assert.equal(onlyText(result), '42');
    });

    test('forecast returns structuredContent that the SDK validates against the outputSchema', async () => {
        const before = s.validations.checked.length;
        const result = await s.client.callTool({ name: 'forecast', arguments: { city: 'Paris', days: 4 } });
        assert.equal(s.validations.checked.length, before + 1, 'the SDK did not validate structuredContent');
        assert.equal(s.validations.checked.at(-1).valid, true);
        const forecast = result.structuredContent;
        assert.equal(forecast.city, 'Paris');
        assert.equal(forecast.days, 4);
        assert.equal(forecast.temperatures.length, 4);
        assert.ok(forecast.temperatures.every(t => typeof t === 'number'));
        assert.equal(result.content[0].type, 'text');
        assert.deepEqual(JSON.parse(result.content[0].text), forecast);
    });

    test('forecast uses the default of 3 days', async () => {
        const result = await s.client.callTool({ name: 'forecast', arguments: { city: 'Oslo' } });
        assert.equal(result.structuredContent.days, 3);
        assert.equal(result.structuredContent.temperatures.length, 3);
    });

    test('an argument above its declared maximum is a tool error, not a protocol error', async () => {
        const result = await s.client.callTool({ name: 'forecast', arguments: { city: 'Oslo', days: 15 } });
        assert.equal(result.isError, true, `days=15 (maximum 14) accepted: ${JSON.stringify(result)}`);
    });

    test('an argument below its declared minimum is a tool error', async () => {
        const result = await s.client.callTool({ name: 'forecast', arguments: { city: 'Oslo', days: 0 } });
        assert.equal(result.isError, true, `days=0 (minimum 1) accepted: ${JSON.stringify(result)}`);
    });

    test('an argument outside its enum is a tool error', async () => {
        const result = await s.client.callTool({ name: 'log', arguments: { message: 'm', level: 'loud' } });
        assert.equal(result.isError, true);
    });

    test('an argument of the wrong type is a tool error', async () => {
        const result = await s.client.callTool({ name: 'echo', arguments: { message: 5 } });
        assert.equal(result.isError, true);
    });

    test('an undeclared argument is a tool error (additionalProperties false)', async () => {
        const result = await s.client.callTool({ name: 'echo', arguments: { message: 'x', extra: 1 } });
        assert.equal(result.isError, true);
    });

    test('a missing required argument is a tool error', async () => {
        const result = await s.client.callTool({ name: 'echo', arguments: {} });
        assert.equal(result.isError, true);
    });

    test('an unknown tool is JSON-RPC error -32602', async () => {
        await rejectsWithCode(s.client.callTool({ name: 'no_such_tool', arguments: {} }), -32602);
    });

    test('image returns a base64 PNG', async () => {
        const result = await s.client.callTool({ name: 'image', arguments: {} });
        assert.equal(result.content.length, 1);
        const [image] = result.content;
        assert.equal(image.type, 'image');
        assert.equal(image.mimeType, 'image/png');
        assert.deepEqual(Buffer.from(image.data, 'base64').subarray(0, 8), PNG_SIGNATURE);
    });

    test('audio returns base64 WAV data', async () => {
        const result = await s.client.callTool({ name: 'audio', arguments: {} });
        assert.equal(result.content.length, 1);
        const [audio] = result.content;
        assert.equal(audio.type, 'audio');
        assert.equal(audio.mimeType, 'audio/wav');
        const bytes = Buffer.from(audio.data, 'base64');
        assert.equal(bytes.subarray(0, 4).toString('latin1'), 'RIFF');
        assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WAVE');
    });

    test('embedded_resource returns the readme as an embedded text resource', async () => {
        const result = await s.client.callTool({ name: 'embedded_resource', arguments: {} });
        assert.equal(result.content.length, 1);
        const [content] = result.content;
        assert.equal(content.type, 'resource');
        assert.equal(content.resource.uri, 'example://static/readme');
        assert.equal(content.resource.mimeType, 'text/markdown');
        assert.match(content.resource.text, /^# Everything\n/);
    });

    test('resource_link links to the readme', async () => {
        const result = await s.client.callTool({ name: 'resource_link', arguments: {} });
        assert.equal(result.content.length, 1);
        assert.equal(result.content[0].type, 'resource_link');
        assert.equal(result.content[0].uri, 'example://static/readme');
        assert.equal(typeof result.content[0].name, 'string');
    });

    test('mixed returns text, image and resource contents in one result', async () => {
        const result = await s.client.callTool({ name: 'mixed', arguments: {} });
        const types = result.content.map(c => c.type);
        for (const type of ['text', 'image', 'resource']) {
            assert.ok(types.includes(type), `no ${type} content in ${JSON.stringify(types)}`);
        }
    });

    test('fail returns isError with the message as text', async () => {
        const result = await s.client.callTool({ name: 'fail', arguments: { message: 'the disk is full' } });
        assert.equal(result.isError, true);
        assert.equal(onlyText(result), 'the disk is full');
    });

    test('crash returns isError with a short message; the stack trace goes to stderr only', async () => {
        const result = await s.client.callTool({ name: 'crash', arguments: {} });
        assert.equal(result.isError, true);
        const text = onlyText(result);
        assert.ok(text.length > 0 && text.length <= 200, `message not short: ${text}`);
        assert.doesNotMatch(text, /\n\s*at |\.java:\d+/, 'stack trace leaked into the result');
        await waitForStderr(s, 'IllegalStateException');
    });

    test('protocol_error rejects with McpError -32001', async () => {
        const error = await rejectsWithCode(s.client.callTool({ name: 'protocol_error', arguments: {} }), -32001);
        assert.equal(error.name, 'McpError');
        assert.match(error.message, /custom protocol error/);
    });

    test('stdout_polluter does not corrupt the protocol stream', async () => {
        const result = await s.client.callTool({ name: 'stdout_polluter', arguments: {} });
        assert.equal(onlyText(result), 'ok');
        const next = await s.client.callTool({ name: 'echo', arguments: { message: 'still fine' } });
        assert.equal(onlyText(next), 'still fine');
        assert.deepEqual(await s.client.ping(), {});
        s.assertNoErrors();
    });

    test('greet_dynamic (registered through the builder API) greets', async () => {
        const result = await s.client.callTool({ name: 'greet_dynamic', arguments: { name: 'Ada' } });
        assert.equal(onlyText(result), 'Hello, Ada!');
    });
});

async function waitForStderr(s, needle) {
    const deadline = Date.now() + 5000;
    while (!s.stderr().includes(needle)) {
        if (Date.now() > deadline) {
            assert.fail(`stderr never mentioned ${needle}; stderr was:\n${s.stderr()}`);
        }
        await new Promise(r => setTimeout(r, 20));
    }
}
