// The TypeScript SDK's server for the HTTP benchmark: McpServer + StreamableHTTPServerTransport, stateful (one
// transport per session, session ids from randomUUID), set up as the SDK's README shows for a stateful server, on
// Node's own http module (the README uses express; the transport takes Node's request and response either way).
// One tool, echo, with the schema and answer of mcpkit's example server. Everything else at the SDK's defaults.
//
// Usage: node server.mjs [--host HOST] [--port PORT]; serves http://HOST:PORT/mcp.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const host = option('--host', '127.0.0.1');
const port = Number(option('--port', '8080'));

function newServer() {
  const server = new McpServer({ name: 'ts-sdk-echo', version: '1.0.0' });
  server.registerTool(
    'echo',
    {
      description: 'Echoes the message back',
      inputSchema: { message: z.string().describe('The message to echo') },
    },
    async ({ message }) => ({ content: [{ type: 'text', text: message }] }),
  );
  return server;
}

// transports by session id
const transports = {};

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function badRequest(res, message) {
  res.writeHead(400, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

const http = createServer(async (req, res) => {
  try {
    if (new URL(req.url, 'http://localhost').pathname !== '/mcp') {
      res.writeHead(404).end();
      return;
    }
    const sessionId = req.headers['mcp-session-id'];
    if (req.method === 'POST') {
      let body;
      try {
        body = await readJson(req);
      } catch {
        badRequest(res, 'Parse error');
        return;
      }
      let transport;
      if (sessionId && transports[sessionId]) {
        transport = transports[sessionId];
      } else if (!sessionId && isInitializeRequest(body)) {
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (id) => {
            transports[id] = transport;
          },
        });
        transport.onclose = () => {
          if (transport.sessionId) {
            delete transports[transport.sessionId];
          }
        };
        await newServer().connect(transport);
      } else {
        badRequest(res, 'Bad Request: No valid session ID provided');
        return;
      }
      await transport.handleRequest(req, res, body);
    } else if (req.method === 'GET' || req.method === 'DELETE') {
      if (!sessionId || !transports[sessionId]) {
        res.writeHead(400).end('Invalid or missing session ID');
        return;
      }
      await transports[sessionId].handleRequest(req, res);
    } else {
      res.writeHead(405).end();
    }
  } catch (e) {
    console.error(e);
    if (!res.headersSent) {
      res.writeHead(500).end();
    }
  }
});

http.listen(port, host, () => {
  console.error(`ts-sdk: serving MCP over Streamable HTTP at http://${host}:${port}/mcp`);
});
process.on('SIGTERM', () => process.exit(0));
