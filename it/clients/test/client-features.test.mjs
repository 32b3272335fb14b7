// Requests from the server to the client: elicitation, sampling, roots; and their absence.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import {
    CreateMessageRequestSchema,
    ElicitRequestSchema,
    ListRootsRequestSchema
} from '@modelcontextprotocol/sdk/types.js';
import { connect, onlyText } from '../support/server.mjs';

describe('a client declaring elicitation, sampling and roots', { timeout: 60_000 }, () => {
    let s;
    const elicitations = [];
    const samplings = [];
    let elicitAnswer = { action: 'accept', content: { confirmed: true } };
    let roots = [{ uri: 'file:///work/project', name: 'project' }, { uri: 'file:///tmp/scratch' }];
    before(async () => {
        s = await connect({
            capabilities: { elicitation: { form: {} }, sampling: {}, roots: { listChanged: true } },
            setup: client => {
                client.setRequestHandler(ElicitRequestSchema, request => {
                    elicitations.push(request.params);
                    return elicitAnswer;
                });
                client.setRequestHandler(CreateMessageRequestSchema, request => {
                    samplings.push(request.params);
                    return { role: 'assistant', model: 'stub-model', stopReason: 'endTurn',
                        content: { type: 'text', text: 'A short summary.' } };
                });
                client.setRequestHandler(ListRootsRequestSchema, () => ({ roots }));
            }
        });
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    test('confirm asks with a form whose schema requires a boolean confirmed, and reports the accepted content', async () => {
        const result = await s.client.callTool({ name: 'confirm', arguments: { question: 'Delete the file?' } });
        assert.ok(!result.isError, JSON.stringify(result));
        assert.equal(onlyText(result), 'action=accept content={"confirmed":true}');
        assert.equal(elicitations.length, 1);
        const request = elicitations[0];
        assert.ok(request.mode === undefined || request.mode === 'form', `mode ${request.mode}`);
        assert.equal(request.message, 'Delete the file?');
        assert.equal(request.requestedSchema.type, 'object');
        assert.equal(request.requestedSchema.properties.confirmed.type, 'boolean');
        assert.deepEqual(request.requestedSchema.required, ['confirmed']);
    });

    test('confirm reports a declined elicitation', async () => {
        elicitAnswer = { action: 'decline' };
        try {
            const result = await s.client.callTool({ name: 'confirm', arguments: { question: 'Really?' } });
            assert.ok(!result.isError, JSON.stringify(result));
            assert.match(onlyText(result), /^action=decline content=/);
        } finally {
            elicitAnswer = { action: 'accept', content: { confirmed: true } };
        }
    });

    test('summarize returns the text the client sampled, having sent the text to summarize', async () => {
        const result = await s.client.callTool({ name: 'summarize', arguments: { text: 'MCP servers in Java' } });
        assert.equal(onlyText(result), 'A short summary.');
        assert.equal(samplings.length, 1);
        const request = samplings[0];
        assert.ok(request.maxTokens > 0);
        assert.ok(JSON.stringify(request.messages).includes('MCP servers in Java'), JSON.stringify(request.messages));
    });

    test('list_roots returns the client roots as a JSON array of URIs', async () => {
        const result = await s.client.callTool({ name: 'list_roots', arguments: {} });
        assert.deepEqual(JSON.parse(onlyText(result)), ['file:///work/project', 'file:///tmp/scratch']);
    });

    test('after notifications/roots/list_changed list_roots sees the new roots', async () => {
        roots = [{ uri: 'file:///elsewhere' }];
        await s.client.sendRootsListChanged();
        const result = await s.client.callTool({ name: 'list_roots', arguments: {} });
        assert.deepEqual(JSON.parse(onlyText(result)), ['file:///elsewhere']);
    });
});

describe('a client declaring elicitation as an empty object (form mode by default)', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect({
            capabilities: { elicitation: {} },
            setup: client => client.setRequestHandler(ElicitRequestSchema,
                () => ({ action: 'accept', content: { confirmed: false } }))
        });
    });
    after(() => s?.close());

    test('confirm works', async () => {
        const result = await s.client.callTool({ name: 'confirm', arguments: { question: 'Sure?' } });
        assert.equal(onlyText(result), 'action=accept content={"confirmed":false}');
        s.assertNoErrors();
    });
});

describe('a client declaring no client capabilities', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect({ capabilities: {} });
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    const serverRequests = () => s.received().filter(t => t.message.method !== undefined && t.message.id !== undefined);

    for (const [tool, args] of [['confirm', { question: 'Sure?' }], ['summarize', { text: 't' }], ['list_roots', {}]]) {
        test(`${tool} returns isError without asking the client`, async () => {
            const result = await s.client.callTool({ name: tool, arguments: args });
            assert.equal(result.isError, true, JSON.stringify(result));
            assert.ok(result.content[0].text.length > 0);
            assert.deepEqual(serverRequests().map(t => t.message.method), [],
                'the server sent a request for a capability the client did not declare');
        });
    }
});
