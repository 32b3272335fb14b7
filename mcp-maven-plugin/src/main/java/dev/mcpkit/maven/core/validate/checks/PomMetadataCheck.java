package dev.mcpkit.maven.core.validate.checks;

import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** Maven Central refuses a release without name, description, url, licenses, scm and developers. */
public final class PomMetadataCheck implements Check {

    @Override
    public String id() {
        return "packaging.pom-metadata";
    }

    @Override
    public Category category() {
        return Category.PACKAGING;
    }

    @Override
    public String title() {
        return "POM metadata complete for Maven Central";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ProjectMetadata pom = model.project().metadata();
        requireText(pom.name(), "<name>", findings);
        requireText(pom.description(), "<description>", findings);
        requireText(pom.url(), "<url>", findings);
        if (pom.licenses().isEmpty()) {
            findings.error("POM has no <licenses>", "add <licenses><license><name>…</name><url>…</url></license></licenses>");
        }
        if (pom.scm() == null) {
            findings.error("POM has no <scm>", "add <scm> with <connection>, <developerConnection> and <url>");
        }
        if (pom.developers().isEmpty()) {
            findings.error("POM has no <developers>", "add <developers><developer><name>…</name></developer></developers>");
        }
        if (pom.organization() == null) {
            findings.warning("POM has no <organization>", "add <organization><name>…</name><url>…</url></organization>");
        }
        if (pom.issueManagement() == null) {
            findings.warning("POM has no <issueManagement>", "add <issueManagement><url>…</url></issueManagement> so users know where to report problems");
        }
    }

    private static void requireText(String value, String element, Findings findings) {
        if (value == null || value.isBlank()) {
            findings.error("POM has no " + element, "add " + element + " to pom.xml (Maven Central requires it)");
        }
    }
}
