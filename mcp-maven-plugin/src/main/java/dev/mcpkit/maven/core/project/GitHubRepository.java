package dev.mcpkit.maven.core.project;

/** A repository on GitHub, named by its owner and name: where a release, its assets and the registry name point. */
public record GitHubRepository(String owner, String name) {

    private static final String HOST = "https://github.com/";

    /** From any form a POM's {@code <scm>} writes it in (https, ssh, git@, {@code scm:git:}, with or without .git); else null. */
    public static GitHubRepository fromScm(String scmUrl) {
        if (scmUrl == null) {
            return null;
        }
        String s = scmUrl.trim();
        s = s.replaceFirst("^scm:git:", "");
        s = s.replaceFirst("^git@github\\.com:", HOST);
        s = s.replaceFirst("^(ssh://git@|git://|http://)github\\.com/", HOST);
        if (!s.startsWith(HOST)) {
            return null;
        }
        String[] parts = s.substring(HOST.length()).split("/");
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        String repo = parts[1].endsWith(".git") ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
        return repo.isEmpty() ? null : new GitHubRepository(parts[0], repo);
    }

    /** {@code https://github.com/<owner>/<name>}. */
    public String url() {
        return HOST + owner + "/" + name;
    }
}
