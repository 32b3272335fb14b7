[#-- mcp:inspect's tables (-Dmcp.format=table). FreeMarker with [=...] interpolation.
     Model: server (name; version and title may be missing), protocolVersions, eras (the versions with the era of
     each: "2026-07-28 (stateless), 2025-11-25 (after initialize)"), tables (title, header, rows: cells
     already on one line and cut to 80 characters, widths: the widest cell of each column).
     Override: src/main/mcp/templates/inspect.txt.ftl in the project. --]
[#macro row cells widths]
[#local line][#list cells as cell][=cell][#if cell?has_next][=""?right_pad(widths[cell?index] - cell?length + 2)][/#if][/#list][/#local][=line?replace("\\s+$", "", "r")]
[/#macro]
[=server.name][#if server.version??] [=server.version][/#if][#if server.title??] ([=server.title])[/#if]
[#if protocolVersions?has_content]
protocol [=eras]
[/#if]
[#list tables as table]

[=table.title] ([=table.rows?size?c])
[#if table.rows?has_content]
[@row table.header table.widths/]
[@row table.widths?map(width -> ""?right_pad(width, "-")) table.widths/]
[#list table.rows as cells]
[@row cells table.widths/]
[/#list]
[/#if]
[/#list]
(* required)
