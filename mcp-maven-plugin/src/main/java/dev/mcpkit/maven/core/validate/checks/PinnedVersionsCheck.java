package dev.mcpkit.maven.core.validate.checks;

import dev.mcpkit.maven.core.project.DeclaredVersion;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** The same sources must build the same server tomorrow: no ranges, no LATEST/RELEASE, no SNAPSHOT in a release. */
public final class PinnedVersionsCheck implements Check {

    @Override
    public String id() {
        return "packaging.pinned-versions";
    }

    @Override
    public Category category() {
        return Category.PACKAGING;
    }

    @Override
    public String title() {
        return "dependency and plugin versions pinned";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        boolean release = !model.project().coordinates().isSnapshot();
        for (DeclaredVersion v : model.project().versions()) {
            String what = (v.kind() == DeclaredVersion.Kind.PLUGIN ? "plugin " : "dependency ") + v.coordinates();
            String declared = v.declared() == null ? null : v.declared().trim();
            if (declared == null || declared.isEmpty()) {
                findings.error(what + " has no version; Maven picks one that can change",
                        "pin it: add <version> to the " + (v.kind() == DeclaredVersion.Kind.PLUGIN ? "<plugin> (or <pluginManagement>)" : "<dependency> (or <dependencyManagement>)"));
            } else if (declared.startsWith("[") || declared.startsWith("(") || declared.contains(",")) {
                findings.error(what + " uses the version range " + declared, "pin one exact version instead of a range");
            } else if (declared.equals("LATEST") || declared.equals("RELEASE")) {
                findings.error(what + " uses the version " + declared, "pin one exact version instead of " + declared);
            } else if (release && (declared.endsWith("-SNAPSHOT") || (v.resolved() != null && v.resolved().endsWith("-SNAPSHOT")))) {
                findings.error(what + " is a SNAPSHOT (" + declared + ") in the release " + model.project().coordinates().version(),
                        "depend on a released version, or keep this project on a -SNAPSHOT version");
            }
        }
    }
}
