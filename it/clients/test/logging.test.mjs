// logging/setLevel filters the notifications/message a tool sends.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { EmptyResultSchema, LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { connect, onlyText, rejectsWithCode } from '../support/server.mjs';

describe('logging', { timeout: 60_000 }, () => {
    let s;
    const messages = [];
    before(async () => {
        s = await connect({
            setup: client => client.setNotificationHandler(LoggingMessageNotificationSchema, n => messages.push(n.params))
        });
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    async function logAt(level, message) {
        const result = await s.client.callTool({ name: 'log', arguments: { message, level } });
        assert.equal(onlyText(result), 'logged');
        await s.client.ping(); // notifications sent before the pong have been handled by now
    }

    const mentions = (entry, text) => JSON.stringify(entry.data).includes(text);

    test('at threshold warning only warning and error messages arrive', async () => {
        await s.client.setLoggingLevel('warning');
        messages.length = 0;
        await logAt('debug', 'm-debug');
        await logAt('info', 'm-info');
        await logAt('notice', 'm-notice');
        await logAt('warning', 'm-warning');
        await logAt('error', 'm-error');
        assert.deepEqual(messages.map(m => m.level), ['warning', 'error'], JSON.stringify(messages));
        assert.ok(mentions(messages[0], 'm-warning'), JSON.stringify(messages[0]));
        assert.ok(mentions(messages[1], 'm-error'), JSON.stringify(messages[1]));
    });

    test('lowering the threshold to debug lets every level through', async () => {
        await s.client.setLoggingLevel('debug');
        messages.length = 0;
        await logAt('debug', 'd');
        await logAt('info', 'i');
        assert.deepEqual(messages.map(m => m.level), ['debug', 'info']);
    });

    test('the log tool defaults to level info', async () => {
        await s.client.setLoggingLevel('info');
        messages.length = 0;
        const result = await s.client.callTool({ name: 'log', arguments: { message: 'default level' } });
        assert.equal(onlyText(result), 'logged');
        await s.client.ping();
        assert.deepEqual(messages.map(m => m.level), ['info']);
        assert.ok(mentions(messages[0], 'default level'));
    });

    test('raising the threshold to emergency silences everything the tool sends', async () => {
        await s.client.setLoggingLevel('emergency');
        messages.length = 0;
        await logAt('error', 'e');
        assert.deepEqual(messages, []);
    });

    test('an invalid level is error -32602', async () => {
        await rejectsWithCode(s.client.request({ method: 'logging/setLevel', params: { level: 'loud' } },
            EmptyResultSchema), -32602);
    });
});
