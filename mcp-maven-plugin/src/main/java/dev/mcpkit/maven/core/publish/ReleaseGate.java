package dev.mcpkit.maven.core.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a real publish refuses, all reported at once so one run shows everything to fix: a SNAPSHOT version, a tree
 * that is not what the tag says (not a git repository, uncommitted changes, no {@code v<version>} tag on HEAD, no
 * {@code origin}), and missing credentials, by name. A dry run checks only that git has commits and an origin.
 */
public final class ReleaseGate {

    private static final String NO_REPOSITORY = "the project is not in a git repository: a release is cut from a tagged commit";
    private static final String NO_ORIGIN = "the repository has no remote named origin: git remote add origin <the repository's URL>";

    private ReleaseGate() {
    }

    /** What a dry run needs of git too: JReleaser writes the changelog from the commits and names the release's remote. */
    public static List<String> dryRunProblems(GitState git) {
        if (!git.repository()) {
            return List.of(NO_REPOSITORY + " (git init and commit; JReleaser writes the changelog from the commits)");
        }
        return git.origin() ? List.of() : List.of(NO_ORIGIN);
    }

    public static List<String> problems(String version, GitState git, Set<ReleaseChannel> channels, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        if (version.endsWith("-SNAPSHOT")) {
            problems.add("the version " + version + " is a SNAPSHOT: set a release version (mvn versions:set -DnewVersion="
                    + version.substring(0, version.length() - "-SNAPSHOT".length()) + "), commit and tag it");
        }
        String tag = "v" + version;
        if (!git.repository()) {
            problems.add(NO_REPOSITORY + " (git init, commit, git tag " + tag + ")");
        } else {
            if (!git.uncommitted().isEmpty()) {
                List<String> shown = git.uncommitted().subList(0, Math.min(5, git.uncommitted().size()));
                problems.add("the working tree has uncommitted changes (" + String.join("; ", shown)
                        + (git.uncommitted().size() > 5 ? "; ..." : "") + "): commit or remove them (is target/ in .gitignore?)");
            }
            if (!git.tagsAtHead().contains(tag)) {
                problems.add("HEAD is not tagged " + tag + ": git tag " + tag + " && git push origin " + tag);
            }
            if (!git.origin()) {
                problems.add(NO_ORIGIN);
            }
        }
        List<String> missing = missingCredentials(channels, environment);
        if (!missing.isEmpty()) {
            problems.add("missing environment variables: " + String.join(", ", missing)
                    + " (see the README's Releasing section for where each comes from)");
        }
        return problems;
    }

    /** The names of the credentials the channels need that the environment lacks, in channel order. */
    public static List<String> missingCredentials(Set<ReleaseChannel> channels, Map<String, String> environment) {
        Set<String> missing = new LinkedHashSet<>();
        for (ReleaseChannel channel : channels) {
            for (String name : channel.credentials()) {
                String value = environment.get(name);
                if (value == null || value.isBlank()) {
                    missing.add(name);
                }
            }
        }
        return List.copyOf(missing);
    }
}
