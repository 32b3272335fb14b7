// Checks every client entry mcp:package wrote against the public client-format registry (@gleanwork/mcp-config-schema,
// from it/clients/node_modules): each file of target/mcp/clients (and its java/, jbang/ folders) is read as its client
// reads it (JSON, Goose's YAML, Codex's TOML) and validated with the registry's schema for that client. Zed is not in the
// registry; Cursor Agent shares Cursor's files and schema. Prints {"<folder>/<client>": {"valid": bool, "errors": [...]}}.
// Usage: node validate-client-configs.cjs <clients-dir> <target/mcp/clients>
'use strict';
const { createRequire } = require('node:module');
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, extname, basename } = require('node:path');

const [clientsDir, configsDir] = process.argv.slice(2);
const npm = createRequire(join(require('node:path').resolve(clientsDir), 'package.json'));
const { validateGeneratedConfig } = npm('@gleanwork/mcp-config-schema');
const yaml = npm('js-yaml');
const toml = npm('smol-toml');
const SAME_SCHEMA = { 'cursor-agent': 'cursor' };
const NOT_IN_REGISTRY = ['zed'];

const report = {};
function check(dir, prefix) {
    for (const name of readdirSync(dir).sort()) {
        const file = join(dir, name);
        if (statSync(file).isDirectory()) {
            check(file, prefix + name + '/');
            continue;
        }
        const ext = extname(name);
        if (!['.json', '.yaml', '.toml'].includes(ext)) {
            continue;
        }
        const client = basename(name, ext);
        const text = readFileSync(file, 'utf8');
        const config = ext === '.yaml' ? yaml.load(text) : ext === '.toml' ? toml.parse(text) : JSON.parse(text);
        if (NOT_IN_REGISTRY.includes(client)) {
            report[prefix + client] = { valid: null, errors: ['not in the registry'] };
            continue;
        }
        const result = validateGeneratedConfig(config, SAME_SCHEMA[client] ?? client);
        report[prefix + client] = { valid: result.success, errors: result.success ? [] : result.error.issues.map(i => JSON.stringify(i)) };
    }
}
check(configsDir, '');
process.stdout.write(JSON.stringify(report) + '\n');
