[#-- One-line installs of the released server: target/mcp/clients/INSTALL.md (mcp:package, heading true) and the README's
     section between <!-- mcp:install:begin ... --> and <!-- mcp:install:end --> (mcp:docs, heading false). FreeMarker
     with [=...] interpolation. Model: name, version, heading, lines (client, kind: link or command, text). The lines
     start the released coordinates through JBang, and carry no secret: a setting the user supplies is set with --setup.
     Override: src/main/mcp/templates/install.md.ftl in the project. --]
[#if heading]
## Install [=name] [=version]

[/#if]
[#list lines as line]
[#if line.kind == "link"]
- **[=line.client]**: [Add [=name] to [=line.client]]([=line.text])
[#else]
- **[=line.client]**: `[=line.text]`
[/#if]
[/#list]

Each starts [=name] [=version] through [JBang](https://www.jbang.dev), which fetches it and a suitable Java.
A setting that holds a secret is not in these lines: run the server once with `--setup` to store it in your
OS keychain, where the server reads it.
