package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code validate-report.json} (a Jackson tree) and {@code validate-junit.xml} (one testcase per check) for CI. */
public final class ReportFiles {

    public static final String JSON = "validate-report.json";
    public static final String JUNIT = "validate-junit.xml";

    private ReportFiles() {
    }

    public static void write(ValidationReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON), JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(json(report)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(JUNIT), junit(report), StandardCharsets.UTF_8);
    }

    static ObjectNode json(ValidationReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("passed", !report.failed());
        root.put("strict", report.strict());
        root.put("millis", report.millis());
        root.put("summary", report.summary());
        ArrayNode checks = root.putArray("checks");
        for (CheckResult r : report.results()) {
            ObjectNode c = checks.addObject();
            c.put("id", r.id());
            c.put("category", r.category().title());
            c.put("title", r.title());
            c.put("status", r.status().name().toLowerCase(Locale.ROOT));
            c.put("millis", r.millis());
            if (r.skipReason() != null) {
                c.put("skipReason", r.skipReason());
            }
            ArrayNode findings = c.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
                o.put("message", f.message());
                o.put("fix", f.fix());
                if (f.location() != null) {
                    o.put("location", f.location());
                }
            }
        }
        return root;
    }

    static String junit(ValidationReport report) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failures = report.count(CheckResult.Status.FAIL) + (report.strict() ? report.count(CheckResult.Status.WARN) : 0);
        b.append("<testsuite name=\"mcp:validate\" tests=\"").append(report.results().size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(report.count(CheckResult.Status.SKIPPED)).append("\" time=\"")
                .append(seconds(report.millis())).append("\">\n");
        for (CheckResult r : report.results()) {
            b.append("  <testcase classname=\"mcp.validate.").append(xml(r.category().name().toLowerCase(Locale.ROOT)))
                    .append("\" name=\"").append(xml(r.id())).append("\" time=\"").append(seconds(r.millis())).append("\">\n");
            StringBuilder text = new StringBuilder();
            for (Finding f : r.findings()) {
                text.append(f.severity().name()).append(": ").append(f.message());
                if (!f.fix().isEmpty()) {
                    text.append("\n  fix: ").append(f.fix());
                }
                text.append("\n");
            }
            boolean failing = r.status() == CheckResult.Status.FAIL || report.strict() && r.status() == CheckResult.Status.WARN;
            if (r.status() == CheckResult.Status.SKIPPED) {
                b.append("    <skipped message=\"").append(xml(r.skipReason())).append("\"/>\n");
            } else if (failing) {
                String first = r.findings().stream().filter(f -> f.severity() != Severity.INFO).findFirst().map(Finding::message).orElse("failed");
                b.append("    <failure message=\"").append(xml(first)).append("\">").append(xml(text.toString())).append("</failure>\n");
            } else if (text.length() > 0) {
                b.append("    <system-out>").append(xml(text.toString())).append("</system-out>\n");
            }
            b.append("  </testcase>\n");
        }
        return b.append("</testsuite>\n").toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
