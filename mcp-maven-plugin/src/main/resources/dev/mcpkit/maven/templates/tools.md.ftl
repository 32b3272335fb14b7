[#-- The README's tools section (mvn mcp:docs), written between its two markers. FreeMarker with [=...] interpolation.
     Model: tools (name, description, readOnly, toolset: "" for none, arguments: name, type, required, description),
     toolsets (their names, sorted), anyReadOnly, settings (key, required, secret, description). mcp:validate's docs.tools wants every tool and argument named in `code` or as a heading.
     Override: src/main/mcp/templates/tools.md.ftl in the project. --]
[#function cell text][#return text?replace("|", "\\|")?replace("\n", " ")][/#function]
[#function yesNo value][#return value?string("yes", "no")][/#function]
[#if toolsets?has_content]

The tools come in toolsets: [#list toolsets as toolset]`[=toolset]`[#sep], [/#list]. Start the server with
`--toolsets [=toolsets?first]` (or set `MCP_TOOLSETS`) to expose only the toolsets you name[#if anyReadOnly], and with
`--read-only` (or `MCP_READ_ONLY=true`) to expose only the tools marked read-only[/#if].
[#elseif anyReadOnly]

Start the server with `--read-only` (or set `MCP_READ_ONLY=true`) to expose only the tools marked read-only.
[/#if]
[#list tools as tool]

### `[=tool.name]`

[#if tool.description?has_content]
[=tool.description]

[/#if]
[#if tool.readOnly || tool.toolset?has_content]
[#if tool.readOnly]Read-only.[/#if][#if tool.readOnly && tool.toolset?has_content] [/#if][#if tool.toolset?has_content]Toolset `[=tool.toolset]`.[/#if]

[/#if]
[#if tool.arguments?has_content]
| argument | type | required | description |
|---|---|---|---|
[#list tool.arguments as argument]
| `[=argument.name]` | [=argument.type] | [=yesNo(argument.required)] | [=cell(argument.description)] |
[/#list]
[#else]
No arguments.
[/#if]
[/#list]
[#if settings?has_content]

### Settings

| variable | required | secret | description |
|---|---|---|---|
[#list settings as setting]
| `[=setting.key]` | [=yesNo(setting.required)] | [=yesNo(setting.secret)] | [=cell(setting.description)] |
[/#list]
[/#if]
