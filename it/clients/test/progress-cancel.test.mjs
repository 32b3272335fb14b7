// Progress notifications and cancellation of a running tool call.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect, onlyText, waitFor } from '../support/server.mjs';

describe('progress', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());

    test('slow reports strictly increasing progress 1..steps with total steps to the onprogress callback', async () => {
        const seen = [];
        const result = await s.client.callTool({ name: 'slow', arguments: { steps: 5, delayMillis: 10 } }, undefined,
            { onprogress: p => seen.push(p) });
        assert.equal(onlyText(result), 'completed 5 steps');
        assert.deepEqual(seen.map(p => p.progress), [1, 2, 3, 4, 5]);
        assert.ok(seen.every(p => p.total === 5), JSON.stringify(seen));
        s.assertNoErrors();
    });

    test('without a progressToken the server sends no progress notifications', async () => {
        const before = s.received('notifications/progress').length;
        const result = await s.client.callTool({ name: 'slow', arguments: { steps: 3, delayMillis: 1 } });
        assert.equal(onlyText(result), 'completed 3 steps');
        assert.equal(s.received('notifications/progress').length, before);
        s.assertNoErrors();
    });

    test('slow uses its defaults of 5 steps', async () => {
        const result = await s.client.callTool({ name: 'slow', arguments: {} });
        assert.equal(onlyText(result), 'completed 5 steps');
    });
});

describe('cancellation', { timeout: 60_000 }, () => {
    let s;
    before(async () => {
        s = await connect();
    });
    after(() => s?.close());

    test('an aborted call sends notifications/cancelled; the server stops, never answers it and stays responsive', async () => {
        const controller = new AbortController();
        let progressed = 0;
        const call = s.client.callTool({ name: 'slow', arguments: { steps: 1000, delayMillis: 50 } }, undefined, {
            signal: controller.signal,
            onprogress: () => progressed++
        });
        const rejected = assert.rejects(call);
        // abort once the tool is demonstrably running on the server
        await waitFor(() => progressed >= 1, 'the first progress notification');
        controller.abort('the user gave up');
        await rejected;
        const abortedAt = Date.now();

        const request = s.traffic.find(t => t.dir === 'out' && t.message.method === 'tools/call'
            && t.message.params.name === 'slow').message;
        const cancelled = s.traffic.find(t => t.dir === 'out' && t.message.method === 'notifications/cancelled');
        assert.ok(cancelled, 'the SDK sent no notifications/cancelled');
        assert.equal(cancelled.message.params.requestId, request.id);

        // several step durations later the server must have stopped the loop
        await new Promise(r => setTimeout(r, 400));
        assert.deepEqual(await s.client.ping(), {});
        const echo = await s.client.callTool({ name: 'echo', arguments: { message: 'after cancel' } });
        assert.equal(onlyText(echo), 'after cancel');

        const answered = s.received().filter(t => t.message.id === request.id && t.message.method === undefined);
        assert.deepEqual(answered.map(t => t.message), [], 'the server answered the cancelled request');
        const token = request.params._meta.progressToken;
        const lateProgress = s.received('notifications/progress')
            .filter(t => t.message.params.progressToken === token && t.at > abortedAt + 150);
        assert.deepEqual(lateProgress.map(t => t.message.params.progress), [],
            'progress kept coming after the cancellation: the tool was not stopped');
        // a progress notification already in flight when the cancellation was sent is fine; nothing else is
        const otherErrors = s.errors.filter(e => !String(e).includes('progress notification for an unknown token'));
        assert.deepEqual(otherErrors.map(String), []);
    });

    test('cancelling one of several concurrent calls leaves the others to complete', async () => {
        const controller = new AbortController();
        const doomed = s.client.callTool({ name: 'slow', arguments: { steps: 1000, delayMillis: 20 } }, undefined,
            { signal: controller.signal });
        const survivors = [1, 2, 3].map(i =>
            s.client.callTool({ name: 'slow', arguments: { steps: 3, delayMillis: 20 } }));
        const echoes = [1, 2, 3].map(i => s.client.callTool({ name: 'echo', arguments: { message: `m${i}` } }));
        setTimeout(() => controller.abort('enough'), 30);
        await assert.rejects(doomed);
        for (const result of await Promise.all(survivors)) {
            assert.equal(onlyText(result), 'completed 3 steps');
        }
        assert.deepEqual((await Promise.all(echoes)).map(onlyText), ['m1', 'm2', 'm3']);
    });
});
