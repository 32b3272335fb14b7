// Plays a client connected to `mvn -q mcp:dev` while its developer edits a tool: starts the entry's command with the
// official TypeScript SDK's stdio transport, calls a tool, changes the tool's source file as an editor would save it,
// waits for notifications/tools/list_changed, lists the tools and calls again on the same connection; then saves a
// source that does not compile, checks the running server still answers, and restores the file. Prints one JSON
// transcript on stdout (what was sent, what came back, and when).
// Usage: node dev-reload.cjs <clients-dir> <client-config.json> <server-name> <source-file> <old text> <new text> '<call>'
// Over HTTP (`mvn mcp:dev -Dmcp.transport=http` already running): the URL in place of <client-config.json>, with the
// SDK's Streamable HTTP transport, and DEV_STDERR_FILE naming the file mcp:dev's stderr goes to.
'use strict';
const { createRequire } = require('node:module');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const [clientsDir, configFile, serverName, sourceFile, oldText, newText, callJson] = process.argv.slice(2);
const sdk = createRequire(join(clientsDir, 'package.json'));
const { Client } = sdk('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = sdk('@modelcontextprotocol/sdk/client/stdio.js');
const { StreamableHTTPClientTransport } = sdk('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { ToolListChangedNotificationSchema } = sdk('@modelcontextprotocol/sdk/types.js');

const started = Date.now();
const transcript = [];
const note = (what, detail) => transcript.push({ ms: Date.now() - started, what, detail });

async function main() {
    const overHttp = /^https?:\/\//.test(configFile);
    let transport;
    let piped = '';
    if (overHttp) {
        transport = new StreamableHTTPClientTransport(new URL(configFile));
    } else {
        const entry = JSON.parse(readFileSync(configFile, 'utf8')).mcpServers[serverName];
        transport = new StdioClientTransport({ command: entry.command, args: entry.args ?? [], env: { ...process.env, ...(entry.env ?? {}) },
            stderr: 'pipe' });
        transport.stderr.on('data', chunk => piped += chunk);
    }
    const stderrNow = () => overHttp ? readFileSync(process.env.DEV_STDERR_FILE, 'utf8') : piped;
    const errors = [];
    const client = new Client({ name: 'mcpkit-e2e-dev', version: '1.0.0' }, { capabilities: {} });
    client.onerror = error => errors.push(String(error));
    let changed = 0;
    let onChanged = () => {};
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
        changed++;
        note('notifications/tools/list_changed', null);
        onChanged();
    });
    await client.connect(transport);
    note('connected', client.getServerVersion());
    const sessionBefore = transport.sessionId;
    const call = JSON.parse(callJson);
    const describe = async () => (await client.listTools()).tools.map(t => t.name + ': ' + t.description);
    const before = { tools: await describe(), call: await client.callTool(call) };
    note('before the edit', before);

    const source = readFileSync(sourceFile, 'utf8');
    if (!source.includes(oldText)) {
        throw new Error(sourceFile + ' does not contain ' + oldText);
    }
    const reloaded = new Promise(resolve => { onChanged = resolve; });
    writeFileSync(sourceFile, source.replace(oldText, newText));
    note('saved the edited source', { oldText, newText });
    let timer;
    await Promise.race([reloaded, new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no list_changed within 180 s')), 180_000);
    })]);
    clearTimeout(timer);
    const after = { tools: await describe(), call: await client.callTool(call) };
    note('after the reload', after);
    const sessions = [sessionBefore, transport.sessionId];   // over HTTP: the session the new process took up

    writeFileSync(sourceFile, source.replace(oldText, newText) + '\nthis does not compile;\n');
    note('saved a source that does not compile', null);
    for (let waited = 0; waited < 180_000 && !stderrNow().includes('the build failed'); waited += 200) {
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    const whileBroken = { tools: await describe(), call: await client.callTool(call) };
    note('while the build is broken', whileBroken);
    writeFileSync(sourceFile, source);

    await client.close();
    process.stdout.write(JSON.stringify({ before, after, whileBroken, changed, errors, sessions, stderr: stderrNow(), transcript }) + '\n');
}

main().catch(error => {
    process.stderr.write(String(error?.stack ?? error) + '\n');
    process.stdout.write(JSON.stringify({ failed: String(error?.stack ?? error), transcript }) + '\n');
    process.exit(1);
});
