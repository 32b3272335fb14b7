// resources: list, read (text, blob, template), errors, subscriptions.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { connect, PNG_SIGNATURE, rejectsWithCode, waitFor } from '../support/server.mjs';

describe('resources', { timeout: 60_000 }, () => {
    let s;
    const updates = [];
    before(async () => {
        s = await connect({
            setup: client => client.setNotificationHandler(ResourceUpdatedNotificationSchema,
                n => updates.push(n.params.uri))
        });
    });
    after(() => s?.close());
    afterEach(() => s.assertNoErrors());

    test('resources/list has the readme and the logo with their mime types', async () => {
        const { resources } = await s.client.listResources();
        const byUri = new Map(resources.map(r => [r.uri, r]));
        assert.equal(byUri.get('example://static/readme')?.mimeType, 'text/markdown');
        assert.equal(byUri.get('example://static/logo.png')?.mimeType, 'image/png');
        for (const r of resources) {
            assert.equal(typeof r.name, 'string', `resource ${r.uri} has no name`);
        }
    });

    test('reading the readme returns its markdown text', async () => {
        const { contents } = await s.client.readResource({ uri: 'example://static/readme' });
        assert.equal(contents.length, 1);
        assert.equal(contents[0].uri, 'example://static/readme');
        assert.equal(contents[0].mimeType, 'text/markdown');
        assert.match(contents[0].text, /^# Everything\n/);
    });

    test('reading the logo returns a base64 blob holding a PNG', async () => {
        const { contents } = await s.client.readResource({ uri: 'example://static/logo.png' });
        assert.equal(contents.length, 1);
        assert.equal(contents[0].mimeType, 'image/png');
        assert.equal(contents[0].text, undefined);
        assert.deepEqual(Buffer.from(contents[0].blob, 'base64').subarray(0, 8), PNG_SIGNATURE);
    });

    test('resources/templates/list has the notes template', async () => {
        const { resourceTemplates } = await s.client.listResourceTemplates();
        const note = resourceTemplates.find(t => t.uriTemplate === 'example://notes/{id}');
        assert.ok(note, `no notes template in ${JSON.stringify(resourceTemplates)}`);
        assert.equal(note.mimeType, 'text/plain');
    });

    test('reading a URI of the template fills in the variable', async () => {
        const { contents } = await s.client.readResource({ uri: 'example://notes/7' });
        assert.equal(contents.length, 1);
        assert.equal(contents[0].uri, 'example://notes/7');
        assert.equal(contents[0].text, 'Note 7');
    });

    test('reading an unknown URI is error -32002', async () => {
        await rejectsWithCode(s.client.readResource({ uri: 'example://nothing/here' }), -32002);
    });

    test('a subscriber gets notifications/resources/updated when the resource changes, and none after unsubscribing', async () => {
        const uri = 'example://static/readme';
        await s.client.subscribeResource({ uri });
        await s.client.callTool({ name: 'touch_resource', arguments: { uri } });
        await waitFor(() => updates.includes(uri), `notifications/resources/updated for ${uri}`);

        await s.client.unsubscribeResource({ uri });
        const seen = updates.length;
        await s.client.callTool({ name: 'touch_resource', arguments: { uri } });
        await s.client.ping(); // anything the server sent before the pong has been handled by now
        assert.equal(updates.length, seen, 'update delivered after unsubscribe');
    });

    test('no update is sent for a resource nobody subscribed to', async () => {
        const seen = updates.length;
        await s.client.callTool({ name: 'touch_resource', arguments: { uri: 'example://static/logo.png' } });
        await s.client.ping();
        assert.equal(updates.length, seen);
    });
});
