// Plays an MCP client that has the server in its configuration: starts the entry's command/args/env with the
// official TypeScript SDK's stdio transport, lists the tools, calls the given ones and prints one JSON report on
// stdout. Usage: node call-tools.cjs <clients-dir> <client-config.json> <server-name> '<[{"name":..,"arguments":{..}}]>'
// The SDK comes from it/clients/node_modules (installed there by npm ci).
'use strict';
const { createRequire } = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [clientsDir, configFile, serverName, callsJson] = process.argv.slice(2);
const sdk = createRequire(join(clientsDir, 'package.json'));
const { Client } = sdk('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = sdk('@modelcontextprotocol/sdk/client/stdio.js');

async function main() {
    const entry = JSON.parse(readFileSync(configFile, 'utf8')).mcpServers[serverName];
    const transport = new StdioClientTransport({ command: entry.command, args: entry.args ?? [], env: entry.env ?? {}, stderr: 'pipe' });
    let stderr = '';
    transport.stderr.on('data', chunk => stderr += chunk);
    const errors = [];
    const received = [];
    const start = transport.start.bind(transport);
    transport.start = async () => {
        const deliver = transport.onmessage;
        transport.onmessage = (message, extra) => {
            received.push(message);
            deliver?.(message, extra);
        };
        return start();
    };
    const client = new Client({ name: 'mcpkit-e2e', version: '1.0.0' }, { capabilities: {} });
    // a line on stdout that is not JSON-RPC surfaces here (the SDK parses every line it reads)
    client.onerror = error => errors.push(String(error));
    await client.connect(transport);
    const report = { server: client.getServerVersion(), tools: [], calls: [], errors, stderr: '', received: 0 };
    report.tools = (await client.listTools()).tools.map(t => t.name);
    for (const call of JSON.parse(callsJson)) {
        report.calls.push({ name: call.name, result: await client.callTool(call) });
    }
    await client.close();
    report.stderr = stderr;
    report.received = received.length;
    process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch(error => {
    process.stderr.write(String(error?.stack ?? error) + '\n');
    process.exit(1);
});
