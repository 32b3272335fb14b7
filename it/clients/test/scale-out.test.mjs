// Three example server processes behind nginx. The instances share MCP_SESSION_KEY, so each takes up a session another
// opened. With round robin (no sticky sessions) the official TypeScript SDK client keeps one session while its calls
// land on every instance; with the README's configuration (requests routed by Mcp-Session-Id) a session stays on one
// instance, so a call can ask the client for input (elicitation) through the proxy. Either way, when an instance is
// killed mid-session, nginx sends the client's next requests to the others and every call is answered.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { javaBin, onlyText, serverJar } from '../support/server.mjs';

const SESSION_KEY = 'scale-out-test-key-shared-by-all-three-instances';

function startInstance() {
    const child = spawn(javaBin, ['-jar', serverJar, '--transport', 'http', '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, MCP_SESSION_KEY: SESSION_KEY, MCP_AUDIT_LOG: 'stderr', EXAMPLE_API_KEY: 'scale-out-key' }
    });
    const instance = { child, stderr: '' };
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no endpoint within 30 s: ${instance.stderr}`)), 30_000);
        child.stderr.on('data', chunk => {
            instance.stderr += chunk;
            const match = /serving MCP over Streamable HTTP at http:\/\/127\.0\.0\.1:(\d+)\/mcp/.exec(instance.stderr);
            if (match && !instance.port) {
                clearTimeout(timer);
                instance.port = Number(match[1]);
                resolve(instance);
            }
        });
        child.on('exit', code => reject(new Error(`instance exited (${code}): ${instance.stderr}`)));
    });
}

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        }).on('error', reject);
    });
}

/** The README's nginx example, with the instances' ports and paths of the test's own; `balance`: its hash line or none. */
function nginxConfig(dir, port, upstreamPorts, balance) {
    return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream mcp {
${balance}
${upstreamPorts.map(p => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location /mcp {
      proxy_pass http://mcp;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** The echo calls an instance's audit log records. */
function echoCalls(instance) {
    return (instance.stderr.match(/"event":"tool_call","tool":"echo"/g) ?? []).length;
}

/** Three instances behind nginx balancing with `balance`; stop() ends them all. */
async function deploy(balance) {
    const instances = [];
    for (let i = 0; i < 3; i++) {
        instances.push(await startInstance());
    }
    const dir = mkdtempSync(join(tmpdir(), 'mcpkit-nginx-'));
    const port = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port, instances.map(i => i.port), balance));
    const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const endpoint = new URL(`http://127.0.0.1:${port}/mcp`);
    const stop = () => {
        nginx.kill();
        instances.forEach(instance => instance.child.kill());
        rmSync(dir, { recursive: true, force: true });
    };
    const deadline = Date.now() + 20_000;
    for (;;) {
        try {
            await fetch(endpoint, { method: 'OPTIONS' });
            return { instances, endpoint, stop };
        } catch (error) {
            if (Date.now() > deadline) {
                const log = readFileSync(join(dir, 'error.log'), 'utf8');
                stop();
                throw new Error(`nginx did not listen within 20 s: ${log}`);
            }
            await new Promise(done => setTimeout(done, 100));
        }
    }
}

/** Calls echo `count` times from `first` on; each answer must be its own message. */
async function echoes(client, first, count) {
    for (let i = first; i < first + count; i++) {
        const result = await client.callTool({ name: 'echo', arguments: { message: `call ${i}` } });
        assert.equal(onlyText(result), `call ${i}`);
    }
}

async function kill(instance) {
    instance.child.kill('SIGKILL');
    await new Promise(done => instance.child.once('exit', done));
}

describe('scale-out behind nginx', { timeout: 180_000 }, () => {
    let deployment;

    after(() => deployment?.stop());

    test('round robin: one session\'s calls land on every instance, and survive one being killed', async () => {
        deployment = await deploy('');
        const { instances, endpoint } = deployment;
        const client = new Client({ name: 'mcpkit-it-scale-out', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(endpoint));
        try {
            await echoes(client, 0, 30);
            const before = instances.map(echoCalls);
            assert.equal(before.reduce((a, b) => a + b), 30, `the instances' audit logs: ${before}`);
            before.forEach((calls, i) => assert.ok(calls > 0, `instance ${i} answered none of the calls: ${before}`));

            await kill(instances[1]);
            await echoes(client, 30, 30);
            const afterKill = instances.map(echoCalls);
            assert.equal(afterKill[1], before[1], 'the killed instance answered nothing more');
            assert.equal(afterKill[0] + afterKill[2] - before[0] - before[2], 30, `the others answered the rest: ${afterKill}`);
            assert.ok(afterKill[0] > before[0] && afterKill[2] > before[2], `both others answered: ${afterKill}`);
        } finally {
            await client.close();
            deployment.stop();
            deployment = null;
        }
    });

    test('routed by session id: a session stays on one instance, elicitation works, and it moves on when that one dies', async () => {
        deployment = await deploy('  hash $http_mcp_session_id consistent;');
        const { instances, endpoint } = deployment;
        const client = new Client({ name: 'mcpkit-it-scale-out', version: '1.0.0' }, { capabilities: { elicitation: { form: {} } } });
        client.setRequestHandler(ElicitRequestSchema, () => ({ action: 'accept', content: { confirmed: true } }));
        await client.connect(new StreamableHTTPClientTransport(endpoint));
        try {
            await echoes(client, 0, 20);
            const before = instances.map(echoCalls);
            const home = before.findIndex(calls => calls > 0);
            assert.deepEqual(before.filter(calls => calls > 0), [20], `one instance answered every call: ${before}`);
            const confirmed = await client.callTool({ name: 'confirm', arguments: { question: 'Through the proxy?' } });
            assert.equal(onlyText(confirmed), 'action=accept content={"confirmed":true}');

            await kill(instances[home]);
            await echoes(client, 20, 20);
            const afterKill = instances.map(echoCalls);
            const moved = afterKill.map((calls, i) => calls - before[i]);
            assert.deepEqual(moved.filter(calls => calls > 0), [20], `another instance took the session: ${afterKill}`);
        } finally {
            await client.close();
        }
    });
});
