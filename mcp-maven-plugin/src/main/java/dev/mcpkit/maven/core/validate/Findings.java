package dev.mcpkit.maven.core.validate;

import java.util.ArrayList;
import java.util.List;

/** What one check collects while it runs; checks add findings and change nothing else. */
public final class Findings {

    private final String checkId;
    private final List<Finding> list = new ArrayList<>();

    public Findings(String checkId) {
        this.checkId = checkId;
    }

    public void error(String message, String fix) {
        add(Severity.ERROR, message, fix, null);
    }

    public void warning(String message, String fix) {
        add(Severity.WARNING, message, fix, null);
    }

    public void info(String message) {
        add(Severity.INFO, message, null, null);
    }

    public void add(Severity severity, String message, String fix, String location) {
        list.add(new Finding(checkId, severity, message, fix, location));
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }
}
