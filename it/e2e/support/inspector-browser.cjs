// Plays a developer in a browser: headless Chromium (Debian's, driven by playwright-core, which downloads nothing)
// opens the MCP Inspector's page at the URL mcp:dev or mcp:inspect printed, connects, lists the tools, calls one and
// reads its result in the page, saves a screenshot and prints one JSON report on stdout.
// Usage: node inspector-browser.cjs <clients-dir> <inspector-url> <screenshot.png> '<{"name":..,"arguments":{..}}>'
//        [<source-file> <text> <replacement>]
// With the last three (mcp:dev), it then edits the source and presses List Tools until the page shows the replacement:
// the server was built again and took over behind the page's connection.
// playwright-core comes from it/clients/node_modules (installed there by npm ci).
'use strict';
const { createRequire } = require('node:module');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const [clientsDir, url, screenshot, callJson, source, text, replacement] = process.argv.slice(2);
const { chromium } = createRequire(join(clientsDir, 'package.json'))('playwright-core');
// without the background-networking flags Chromium's own connections are refused here and it stalls
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// the first initialize reaches the server through mcp:dev, which builds the project first
const CONNECT_TIMEOUT_MS = 180_000;

async function main() {
    const call = JSON.parse(callJson);
    const profile = mkdtempSync(join(tmpdir(), 'inspector-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 1200 },
    });
    const report = { title: '', connected: false, tools: [], call: call.name, result: '', pageErrors: [] };
    try {
        const page = browser.pages()[0] ?? await browser.newPage();
        page.on('pageerror', error => report.pageErrors.push(String(error)));
        await page.goto(url);
        report.title = await page.title();
        // the page fills in the server's command once it has fetched the Inspector's configuration (its defaults from
        // its command line); until then the fields hold the Inspector's own default, mcp-server-everything, no arguments
        await page.waitForFunction(() => document.querySelector('#arguments-input')?.value, null, { timeout: 60_000 });
        report.command = await page.locator('#command-input').inputValue();
        report.arguments = await page.locator('#arguments-input').inputValue();
        await page.getByRole('button', { name: 'Connect', exact: true }).click();
        await page.getByText('Connected', { exact: true }).first().waitFor({ timeout: CONNECT_TIMEOUT_MS });
        report.connected = true;
        await page.getByRole('tab', { name: 'Tools' }).click();
        await page.getByRole('button', { name: 'List Tools' }).click();
        const panel = page.locator('[role=tabpanel][data-state=active]');
        await panel.getByText(call.name, { exact: true }).first().waitFor({ timeout: 60_000 });
        report.tools = await panel.locator('span.flex-1').allInnerTexts();
        await panel.getByText(call.name, { exact: true }).first().click();
        for (const [name, value] of Object.entries(call.arguments ?? {})) {
            await panel.locator(`[id="${name}"]`).fill(typeof value === 'string' ? value : JSON.stringify(value));
        }
        await panel.getByRole('button', { name: 'Run Tool' }).click();
        await panel.getByText('Tool Result:').waitFor({ timeout: 120_000 });
        // what the page shows of the call: the status line and the result's content, as a user reads them
        const shown = await panel.innerText();
        report.result = shown.substring(shown.indexOf('Tool Result:'));
        // the tool's panel scrolls by itself: the screenshot shows the result, not the form above it
        await panel.getByText('Tool Result:').evaluate(element => element.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: screenshot });
        if (source) {
            writeFileSync(source, readFileSync(source, 'utf8').replace(text, replacement));
            const edited = Date.now();
            const listed = panel.getByText(replacement, { exact: true });
            while (!await listed.isVisible() && Date.now() - edited < CONNECT_TIMEOUT_MS) {
                // the page lists once: Clear enables List Tools again
                await panel.getByRole('button', { name: 'Clear', exact: true }).first().click();
                await panel.getByRole('button', { name: 'List Tools' }).click();
                await page.waitForTimeout(2_000);
            }
            report.reloadedInMs = await listed.isVisible() ? Date.now() - edited : null;
            report.descriptionsAfterReload = await panel.locator('span.text-sm').allInnerTexts();
            report.notifications = await page.getByText('notifications/tools/list_changed').count();
        }
    } catch (error) {
        // what the page showed when it went wrong (the server's stderr, say), for the test's message
        const page = browser.pages()[0];
        await page?.screenshot({ path: screenshot }).catch(() => { });
        const shown = await page?.locator('body').innerText().catch(() => '');
        throw new Error(`${error.message}\nThe page showed:\n${shown}`);
    } finally {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
    }
    process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch(error => {
    process.stderr.write(String(error?.stack ?? error) + '\n');
    process.exit(1);
});
