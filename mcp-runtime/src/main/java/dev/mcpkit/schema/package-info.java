/**
 * Between Java types, JSON Schema 2020-12 and the runtime's JSON values, for tool arguments and
 * results. Internal: the protocol engine calls it, users never import it.
 *
 * <ul>
 *   <li>{@link dev.mcpkit.schema.SchemaGenerator}: {@code inputSchema}, {@code outputSchema}, {@code schemaFor}.
 *   <li>{@link dev.mcpkit.schema.SchemaValidator#compile}: a {@link dev.mcpkit.schema.CompiledSchema} per tool,
 *       then {@code validate(arguments)} on every call.
 *   <li>{@link dev.mcpkit.schema.ArgumentBinder} (arguments to parameter values) over a
 *       {@link dev.mcpkit.schema.ValueBinder}; {@link dev.mcpkit.schema.ValueWriter} for results.
 *   <li>{@link dev.mcpkit.schema.ValueCodec}: the extension point for types this package does not know.
 * </ul>
 */
package dev.mcpkit.schema;
