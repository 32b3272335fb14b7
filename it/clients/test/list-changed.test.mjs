// Tools added and removed at run time: notifications/tools/list_changed and the listing that follows.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { connect, onlyText, rejectsWithCode, waitFor } from '../support/server.mjs';

describe('tools/list_changed', { timeout: 60_000 }, () => {
    let s;
    let changes = 0;
    before(async () => {
        s = await connect({
            setup: client => client.setNotificationHandler(ToolListChangedNotificationSchema, () => changes++)
        });
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    const toolNames = async () => (await s.client.listTools()).tools.map(t => t.name);

    test('add_tool announces the change; the new tool is listed and callable', async () => {
        assert.ok(!(await toolNames()).includes('dyn_weather'));
        const seen = changes;
        const result = await s.client.callTool({ name: 'add_tool', arguments: { name: 'dyn_weather' } });
        assert.equal(onlyText(result), 'added dyn_weather');
        await waitFor(() => changes > seen, 'notifications/tools/list_changed after add_tool');

        const tool = (await s.client.listTools()).tools.find(t => t.name === 'dyn_weather');
        assert.ok(tool, 'dyn_weather not listed');
        assert.equal(tool.inputSchema.type, 'object');
        const call = await s.client.callTool({ name: 'dyn_weather', arguments: {} });
        assert.ok(!call.isError, JSON.stringify(call));
        assert.equal(call.content[0].type, 'text');
    });

    test('remove_tool announces the change; the tool is gone and calling it is error -32602', async () => {
        const seen = changes;
        await s.client.callTool({ name: 'remove_tool', arguments: { name: 'dyn_weather' } });
        await waitFor(() => changes > seen, 'notifications/tools/list_changed after remove_tool');
        assert.ok(!(await toolNames()).includes('dyn_weather'));
        await rejectsWithCode(s.client.callTool({ name: 'dyn_weather', arguments: {} }), -32602);
    });

    test('the contract tools are still all there afterwards', async () => {
        const names = await toolNames();
        for (const name of ['echo', 'add_tool', 'remove_tool', 'greet_dynamic']) {
            assert.ok(names.includes(name), name);
        }
    });
});
