// Many requests in flight, large messages, and a slow call next to fast ones.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { connect, onlyText } from '../support/server.mjs';

describe('requests in flight', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    test('500 concurrent echo calls each get their own answer', async () => {
        const messages = Array.from({ length: 500 }, (_, i) => `message ${i} ✓`);
        const results = await Promise.all(messages.map(message =>
            s.client.callTool({ name: 'echo', arguments: { message } })));
        assert.deepEqual(results.map(onlyText), messages);
    });

    test('a 1 MiB message with newlines, quotes and non-ASCII text is echoed exactly', async () => {
        const unit = 'line "one"\nzeile zwei: äöü — 漢字 😀\t\\end\r\n';
        const message = unit.repeat(Math.ceil((1 << 20) / unit.length));
        const result = await s.client.callTool({ name: 'echo', arguments: { message } });
        assert.equal(onlyText(result), message);
    });

    test('a slow call does not hold up fast ones sent after it', async () => {
        let slowDone = false;
        const slow = s.client.callTool({ name: 'slow', arguments: { steps: 10, delayMillis: 100 } })
            .then(result => {
                slowDone = true;
                return result;
            });
        const echo = await s.client.callTool({ name: 'echo', arguments: { message: 'fast' } });
        assert.equal(onlyText(echo), 'fast');
        assert.equal(slowDone, false, 'the echo was only answered after the slow call finished');
        assert.equal(onlyText(await slow), 'completed 10 steps');
    });

    test('every list fits one page: no nextCursor', async () => {
        for (const result of [await s.client.listTools(), await s.client.listResources(),
            await s.client.listResourceTemplates(), await s.client.listPrompts()]) {
            assert.equal(result.nextCursor, undefined);
        }
    });
});
