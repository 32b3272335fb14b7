/**
 * The example server as a named module, as a server on the module path declares itself. On the
 * class path (the shaded jar, mcp:package) this file is ignored.
 */
module dev.mcpkit.example {
    requires dev.mcpkit.runtime;

    // the runtime reads the annotations, calls the tools, resources and prompts and injects the @Setting fields
    opens dev.mcpkit.example to dev.mcpkit.runtime;
}
