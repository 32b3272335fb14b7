// prompts/list, prompts/get and completion/complete.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { connect, PNG_SIGNATURE, rejectsWithCode } from '../support/server.mjs';

describe('prompts', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    test('prompts/list has greeting and code_review with their arguments', async () => {
        const { prompts } = await s.client.listPrompts();
        const byName = new Map(prompts.map(p => [p.name, p]));
        const greeting = byName.get('greeting');
        assert.ok(greeting, 'greeting missing');
        const args = new Map(greeting.arguments.map(a => [a.name, a]));
        assert.equal(args.get('name')?.required, true);
        assert.ok(args.has('style'));
        assert.notEqual(args.get('style').required, true);
        const review = byName.get('code_review');
        assert.ok(review, 'code_review missing');
        assert.deepEqual(review.arguments.map(a => [a.name, a.required]), [['code', true]]);
    });

    test('greeting without style uses the friendly style', async () => {
        const result = await s.client.getPrompt({ name: 'greeting', arguments: { name: 'Ada' } });
        assert.equal(result.messages.length, 1);
        assert.equal(result.messages[0].role, 'user');
        assert.deepEqual(result.messages[0].content, { type: 'text', text: 'Please greet Ada in a friendly style.' });
    });

    test('greeting with a style uses it', async () => {
        const result = await s.client.getPrompt({ name: 'greeting', arguments: { name: 'Ada', style: 'pirate' } });
        assert.equal(result.messages[0].content.text, 'Please greet Ada in a pirate style.');
    });

    test('code_review returns the code, the readme as an embedded resource and an image', async () => {
        const result = await s.client.getPrompt({ name: 'code_review', arguments: { code: 'int x = 1;' } });
        assert.equal(result.messages.length, 3);
        assert.ok(result.messages.every(m => m.role === 'user'));
        const [text, resource, image] = result.messages.map(m => m.content);
        assert.equal(text.type, 'text');
        assert.ok(text.text.includes('int x = 1;'));
        assert.equal(resource.type, 'resource');
        assert.equal(resource.resource.uri, 'example://static/readme');
        assert.match(resource.resource.text, /^# Everything/);
        assert.equal(image.type, 'image');
        assert.equal(image.mimeType, 'image/png');
        assert.deepEqual(Buffer.from(image.data, 'base64').subarray(0, 8), PNG_SIGNATURE);
    });

    test('a missing required argument is error -32602', async () => {
        await rejectsWithCode(s.client.getPrompt({ name: 'greeting', arguments: {} }), -32602);
    });

    test('an unknown prompt is error -32602', async () => {
        await rejectsWithCode(s.client.getPrompt({ name: 'no_such_prompt', arguments: {} }), -32602);
    });
});

describe('completion/complete', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    const completePrompt = value => s.client.complete({
        ref: { type: 'ref/prompt', name: 'greeting' }, argument: { name: 'style', value }
    });
    const completeNote = value => s.client.complete({
        ref: { type: 'ref/resource', uri: 'example://notes/{id}' }, argument: { name: 'id', value }
    });

    test('prompt argument style with prefix "f" completes to formal', async () => {
        const { completion } = await completePrompt('f');
        assert.deepEqual(completion.values, ['formal']);
    });

    test('prompt argument style with an empty prefix offers every style', async () => {
        const { completion } = await completePrompt('');
        assert.deepEqual([...completion.values].sort(), ['casual', 'formal', 'pirate']);
    });

    test('prompt argument style with an unmatched prefix offers nothing', async () => {
        const { completion } = await completePrompt('zzz');
        assert.deepEqual(completion.values, []);
    });

    test('template variable id offers the known ids filtered by prefix', async () => {
        assert.deepEqual((await completeNote('')).completion.values, ['1', '2', '3', '42']);
        assert.deepEqual((await completeNote('4')).completion.values, ['42']);
    });
});
