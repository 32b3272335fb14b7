/**
 * Puts a server together and runs it: its model and settings, its command line (serving stdio
 * through the transport) and the {@code --describe} document. The top of the runtime: it may use
 * every other package, and none uses it.
 */
package dev.mcpkit.assembly;
