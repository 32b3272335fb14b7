[#-- target/mcp/clients/INSTALL.md (mcp:package): one-line installs of the released server for a README. FreeMarker
     with [=...] interpolation. Model: name, version, lines (client, kind: link or command, text). The lines start the
     released coordinates through JBang, and carry no secret: a setting the user supplies is set with --setup.
     Override: src/main/mcp/templates/install.md.ftl in the project. --]
## Install [=name] [=version]

[#list lines as line]
[#if line.kind == "link"]
- **[=line.client]**: [Add [=name] to [=line.client]]([=line.text])
[#else]
- **[=line.client]**: `[=line.text]`
[/#if]
[/#list]

Each starts the released server through [JBang](https://www.jbang.dev), which fetches it and a suitable Java.
A setting that holds a secret is not in these lines: run the server once with `--setup` to store it in your
OS keychain, where the server reads it.
