package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code validate-report.json} (a Jackson tree) and {@code validate-junit.xml} (StAX, one testcase per check) for CI. */
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

    /**
     * One {@code testcase} per check, written with the JDK's own StAX writer (not a template): CI tools read this file,
     * so it is not a project's to change, and the writer escapes every message and nests every element as XML wants.
     */
    static String junit(ValidationReport report) throws IOException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            long failures = report.count(CheckResult.Status.FAIL) + (report.strict() ? report.count(CheckResult.Status.WARN) : 0);
            attributes(xml, "name", "mcp:validate", "tests", String.valueOf(report.results().size()), "failures", String.valueOf(failures),
                    "errors", "0", "skipped", String.valueOf(report.count(CheckResult.Status.SKIPPED)), "time", seconds(report.millis()));
            for (CheckResult r : report.results()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                attributes(xml, "classname", "mcp.validate." + r.category().name().toLowerCase(Locale.ROOT), "name", r.id(),
                        "time", seconds(r.millis()));
                testcase(xml, r, report.strict());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + JUNIT + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** A skip, a failure with every finding, or the findings of a passing check as its output. */
    private static void testcase(XMLStreamWriter xml, CheckResult r, boolean strict) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (Finding f : r.findings()) {
            text.append(f.severity().name()).append(": ").append(f.message());
            if (!f.fix().isEmpty()) {
                text.append("\n  fix: ").append(f.fix());
            }
            text.append("\n");
        }
        boolean failing = r.status() == CheckResult.Status.FAIL || strict && r.status() == CheckResult.Status.WARN;
        if (r.status() == CheckResult.Status.SKIPPED) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            attributes(xml, "message", r.skipReason());
        } else if (failing) {
            String first = r.findings().stream().filter(f -> f.severity() != Severity.INFO).findFirst().map(Finding::message).orElse("failed");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            attributes(xml, "message", first);
            xml.writeCharacters(xmlChars(text.toString()));
            xml.writeEndElement();
        } else if (text.length() > 0) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlChars(text.toString()));
            xml.writeEndElement();
        }
    }

    private static void attributes(XMLStreamWriter xml, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], xmlChars(namesAndValues[i + 1]));
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The writer escapes but does not drop what XML 1.0 cannot hold (control characters from a server's output). */
    private static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000).forEach(b::appendCodePoint);
        return b.toString();
    }
}
