// Starts the example server as a real child process and connects a client to it over stdio.
// Shared by the test files in ../test; lives outside test/ so `node --test test/` does not run it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

const here = dirname(fileURLToPath(import.meta.url));

/** The runnable example server jar; the Maven build passes it in EXAMPLE_SERVER_JAR. */
export const serverJar = resolve(process.env.EXAMPLE_SERVER_JAR
    ?? join(here, '..', '..', 'example-server', 'target', 'example-server.jar'));

/** The java launcher; the Maven build passes the one it runs on in JAVA_BIN. */
export const javaBin = process.env.JAVA_BIN
    ?? (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

/** The command line that starts the server, as a user's client configuration would. */
export const serverCommand = [javaBin, '-jar', serverJar];

if (!existsSync(serverJar)) {
    throw new Error(`example server jar not found at ${serverJar}: build it with `
        + '`mvn -B -ntp -pl it/example-server -am package -DskipTests` or set EXAMPLE_SERVER_JAR');
}

/** The first eight bytes of every PNG file. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Spawns a fresh server and connects an SDK client declaring `capabilities`.
 * Returns the client plus what the tests inspect: every message in both directions (`traffic`),
 * errors the SDK reported outside a request (`errors`: parse errors, unknown ids, ...),
 * the server's stderr and how often the SDK validated structured tool output.
 */
export async function connect({ capabilities = {}, name = 'mcpkit-it-clients', setup } = {}) {
    const transport = new StdioClientTransport({ command: javaBin, args: ['-jar', serverJar], stderr: 'pipe' });
    const stderrChunks = [];
    transport.stderr.on('data', chunk => stderrChunks.push(chunk));

    const traffic = [];
    const start = transport.start.bind(transport);
    const send = transport.send.bind(transport);
    // Client.connect installs onmessage just before start(): wrap it there to see every incoming message.
    transport.start = async () => {
        const deliver = transport.onmessage;
        transport.onmessage = (message, extra) => {
            traffic.push({ dir: 'in', at: Date.now(), message });
            deliver?.(message, extra);
        };
        return start();
    };
    transport.send = message => {
        traffic.push({ dir: 'out', at: Date.now(), message });
        return send(message);
    };

    const validations = { compiled: [], checked: [] };
    const ajv = new AjvJsonSchemaValidator();
    const jsonSchemaValidator = {
        getValidator(schema) {
            validations.compiled.push(schema);
            const validate = ajv.getValidator(schema);
            return input => {
                const outcome = validate(input);
                validations.checked.push({ input, valid: outcome.valid });
                return outcome;
            };
        }
    };

    const client = new Client({ name, version: '1.0.0' }, { capabilities, jsonSchemaValidator });
    const errors = [];
    client.onerror = error => errors.push(error);
    setup?.(client);
    await client.connect(transport);

    return {
        client,
        transport,
        traffic,
        errors,
        validations,
        stderr: () => Buffer.concat(stderrChunks).toString('utf8'),
        /** Messages the server sent, optionally only those with this method. */
        received: method => traffic.filter(t => t.dir === 'in' && (method === undefined || t.message.method === method)),
        /** Asserts that the SDK saw nothing wrong on the stream. */
        assertNoErrors() {
            assert.deepEqual(errors.map(String), [], 'the SDK client reported errors on the stream');
        },
        close: () => client.close()
    };
}

/** Polls `condition` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor(condition, what, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = condition();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        }
        await new Promise(r => setTimeout(r, 10));
    }
}

/** Asserts that `promise` rejects with a JSON-RPC error carrying `code`; returns the error. */
export async function rejectsWithCode(promise, code) {
    let error;
    await assert.rejects(promise, e => {
        error = e;
        return true;
    });
    assert.equal(error.code, code, `expected JSON-RPC error ${code}, got: ${error}`);
    return error;
}

/** The text of a result's only text content. */
export function onlyText(result) {
    assert.equal(result.content.length, 1, `expected one content, got ${JSON.stringify(result.content)}`);
    assert.equal(result.content[0].type, 'text');
    return result.content[0].text;
}

/**
 * A bare newline-delimited JSON-RPC peer on the server's stdio, for what the SDK client cannot do
 * (offer an older protocol version, watch the process exit).
 */
export function spawnRaw() {
    const child = spawn(javaBin, ['-jar', serverJar], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = [];
    const waiting = new Map();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', s => stderr += s);
    createInterface({ input: child.stdout }).on('line', line => {
        lines.push(line);
        const message = JSON.parse(line);
        if (message.id !== undefined && waiting.has(message.id)) {
            waiting.get(message.id)(message);
            waiting.delete(message.id);
        }
    });
    const exited = new Promise(r => child.on('exit', (code, signal) => r({ code, signal })));
    return {
        lines,
        exited,
        stderr: () => stderr,
        send(message) {
            child.stdin.write(JSON.stringify(message) + '\n');
        },
        sendLine(line) {
            child.stdin.write(line + '\n');
        },
        request(id, method, params) {
            const answer = new Promise(r => waiting.set(id, r));
            this.send({ jsonrpc: '2.0', id, method, params });
            return answer;
        },
        closeStdin() {
            child.stdin.end();
            return exited;
        },
        kill() {
            if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGKILL');
            }
        }
    };
}
