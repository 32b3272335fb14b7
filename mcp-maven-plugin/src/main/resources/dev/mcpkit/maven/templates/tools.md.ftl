[#-- The README's tools section (mvn mcp:docs), written between its two markers. FreeMarker with [=...] interpolation.
     Model: tools (name, description, arguments: name, type, required, description), settings (key, required, secret,
     description). mcp:validate's docs.tools wants every tool and argument named in `code` or as a heading.
     Override: src/main/mcp/templates/tools.md.ftl in the project. --]
[#function cell text][#return text?replace("|", "\\|")?replace("\n", " ")][/#function]
[#function yesNo value][#return value?string("yes", "no")][/#function]
[#list tools as tool]

### `[=tool.name]`

[#if tool.description?has_content]
[=tool.description]

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
