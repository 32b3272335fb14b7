/**
 * The server model: the tools, resources, prompts and completions of a server, built from its
 * annotations and registrations, with their schemas, invokers and result mapping. The protocol
 * engine reads it; it knows nothing of the protocol, the transports, the configuration or the
 * command line.
 */
package dev.mcpkit.model;
