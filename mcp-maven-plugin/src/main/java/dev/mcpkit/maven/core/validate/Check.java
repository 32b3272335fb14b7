package dev.mcpkit.maven.core.validate;

/** One item of the distribution checklist. Implementations read the model and report findings; nothing else. */
public interface Check {

    /** Stable id users name in {@code <skipChecks>} and CI systems show, e.g. {@code security.hardcoded-credentials}. */
    String id();

    Category category();

    /** What the check verifies, in a few words (the report's "what" column when it passes). */
    String title();

    void run(ProjectModel model, Findings findings) throws InterruptedException;
}
